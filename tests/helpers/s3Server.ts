import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

/** s3rver's own credentials: it checks the signature of every request against them. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type S3Server = {
  endpoint: string
  bucket: string
  /** The settings that put the CMS's media on this server. */
  env: Record<string, string>
  stop: () => Promise<void>
}

/**
 * A local S3-compatible server (`s3rver`, files in a temporary folder) on a free port, with one
 * empty bucket: what the media tests store into instead of a remote bucket.
 */
export const startS3Server = async (bucket = 'kexie-media'): Promise<S3Server> => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'kexie-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
