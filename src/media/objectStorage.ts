import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Field, Plugin } from 'payload'

import type { MediaStore } from '@/env'

/**
 * The media collection's files on S3-compatible object storage when `S3_BUCKET` is set (Aliyun
 * OSS, Tencent COS, MinIO and AWS all speak the protocol), through Payload's own storage adapter;
 * otherwise the local `media/` folder. Every instance of a cluster then reads the same files.
 * The adapter's fields (`prefix`, `_objectKey`) are always in the schema, so one set of
 * migrations serves both kinds of deployment.
 * https://payloadcms.com/docs/upload/storage-adapters
 */
export const mediaObjectStorage =
  (store: MediaStore): Plugin =>
  async (config) =>
    withStorageLabels(await storagePlugin(store)(config))

type Label = { zh: string; en: string }

/** The fields the storage adapter adds or rebuilds, which it labels in English only. */
const LABELS: Record<string, Label> = {
  prefix: { zh: '存储前缀', en: 'Storage prefix' },
  _objectKey: { zh: '存储对象键', en: 'Object key' },
  url: { zh: '文件网址', en: 'URL' },
  mimeType: { zh: '文件类型', en: 'MIME type' },
}

const labelled = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const label = 'name' in field ? LABELS[field.name] : undefined
    const withLabel = label ? ({ ...field, label } as Field) : field
    return 'fields' in withLabel && Array.isArray(withLabel.fields)
      ? ({ ...withLabel, fields: labelled(withLabel.fields) } as Field)
      : withLabel
  })

/**
 * The adapter rebuilds each image size's group with its own `url` field, which drops the labelled
 * `mimeType` the collection declared there (Payload then adds its own, in English only).
 */
const withSizeTypes = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'group' && 'name' in field && field.name === 'sizes'
      ? {
          ...field,
          fields: field.fields.map((size) =>
            size.type === 'group' &&
            !size.fields.some((inner) => 'name' in inner && inner.name === 'mimeType')
              ? {
                  ...size,
                  fields: [
                    ...size.fields,
                    { name: 'mimeType', type: 'text' as const, label: LABELS.mimeType },
                  ],
                }
              : size,
          ),
        }
      : field,
  )

/** `media` with the adapter's fields in Chinese and English, like the rest of the admin. */
const withStorageLabels = (config: Awaited<ReturnType<Plugin>>) => ({
  ...config,
  collections: config.collections?.map((collection: CollectionConfig) =>
    collection.slug === 'media'
      ? { ...collection, fields: labelled(withSizeTypes(collection.fields)) }
      : collection,
  ),
})

const storagePlugin = (store: MediaStore): Plugin =>
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
