import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { MediaStore } from '@/env'

/**
 * The media collection's files on S3-compatible object storage when `S3_BUCKET` is set (Aliyun
 * OSS, Tencent COS, MinIO and AWS all speak the protocol), through Payload's own storage adapter;
 * otherwise the local `media/` folder. Every instance of a cluster then reads the same files.
 * The adapter's fields (`prefix`, `_objectKey`) are always in the schema, so one set of
 * migrations serves both kinds of deployment.
 * https://payloadcms.com/docs/upload/storage-adapters
 */
export const mediaObjectStorage = (store: MediaStore): Plugin =>
  s3Storage({
    enabled: store.kind === 's3',
    alwaysInsertFields: true,
    bucket: store.kind === 's3' ? store.bucket : '',
    collections: {
      media:
        store.kind === 's3' && store.publicUrl
          ? {
              // Links straight to the bucket (or the CDN before it); media is public anyway.
              generateFileURL: ({ filename, prefix }) =>
                [store.publicUrl, prefix, filename].filter(Boolean).join('/'),
            }
          : true,
    },
    config:
      store.kind === 's3'
        ? {
            endpoint: store.endpoint,
            region: store.region,
            credentials: store.credentials,
            forcePathStyle: store.forcePathStyle,
          }
        : {},
  })
