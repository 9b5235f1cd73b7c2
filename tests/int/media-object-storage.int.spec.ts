import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import { startS3Server } from '../helpers/s3Server'
import { MEDIA_DIR, setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD } from '../helpers/users'

const PREFIX = `media-s3-spec-${process.pid}-${Date.now()}`

/**
 * The store as the CMS sees it: s3rver behind a switch that can make it answer as a full MinIO
 * (507 XMinioStorageFull) or not at all, as a real store does when its disk fills or it goes away.
 */
type StoreMode = 'up' | 'full' | 'down'
let mode: StoreMode = 'up'

const s3 = await startS3Server()
const { port: s3Port } = new URL(s3.endpoint)
const front = http.createServer((req, res) => {
  if (mode === 'down') return req.socket.destroy()
  if (mode === 'full' && req.method === 'PUT') {
    req.resume()
    res.writeHead(507, { 'Content-Type': 'application/xml' })
    return res.end(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>XMinioStorageFull</Code>' +
        '<Message>Storage backend has reached its minimum free drive threshold.</Message></Error>',
    )
  }
  const upstream = http.request(
    { host: '127.0.0.1', port: s3Port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', () => res.destroy())
  req.pipe(upstream)
})
await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
const frontEndpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`

const suite = setUpSuite(import.meta.url, {
  env: { ...s3.env, S3_ENDPOINT: frontEndpoint, MAX_UPLOAD_MB: '1' },
  staff: 'accounts',
  mediaPrefix: PREFIX,
})

const bucket = new S3Client({
  endpoint: s3.endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: {
    accessKeyId: s3.env.S3_ACCESS_KEY_ID,
    secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY,
  },
})

const objectKeys = async (): Promise<string[]> => {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
  return (listed.Contents ?? []).map(({ Key }) => Key!).sort()
}

let payload: Payload
let api: ApiClient
let editorToken: string

beforeAll(async () => {
  ;({ payload, api } = suite)
  editorToken = await api.login(suite.staff.editor.email, TEST_PASSWORD)
})

afterAll(async () => {
  await new Promise((resolve) => front.close(resolve))
  await s3.stop()
})

const upload = (bytes: Uint8Array, name: string, token: string | null = editorToken) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `${PREFIX}-${name}`)
  form.append('_payload', JSON.stringify({ alt: '对象存储测试' }))
  return api.post('/media', { token: token ?? undefined, body: form })
}

const png = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 60, b: 20 } },
    limitInputPixels: false,
  })
    .png({ compressionLevel: 9 })
    .toBuffer()

const mediaCount = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

/** A refused upload leaves no row, no object in the bucket, no file on disk. */
const expectNothingKept = async (send: () => Promise<Response>, status: number) => {
  const [countBefore, keysBefore] = [await mediaCount(), await objectKeys()]
  const response = await send()
  const body = (await response.json()) as {
    errors: { message: string; data?: { errors?: { message: string }[] } }[]
  }
  expect({ status: response.status, body }).toMatchObject({ status })
  expect(await mediaCount()).toBe(countBefore)
  expect(await objectKeys()).toEqual(keysBefore)
  // Payload puts field errors under `data.errors`.
  return body.errors
    .flatMap(({ message, data }) => [
      message,
      ...(data?.errors ?? []).map((error) => error.message),
    ])
    .join(' ')
}

describe('media on S3-compatible object storage (S3_BUCKET set)', () => {
  let uploaded: Media

  it('an editor uploads a PNG: the WebP original and every size land in the bucket, not on disk', async () => {
    const response = await upload(await png(1600, 1200), 'photo.png')
    expect(response.status).toBe(201)
    uploaded = ((await response.json()) as { doc: Media }).doc
    expect(uploaded).toMatchObject({ mimeType: 'image/webp', filename: `${PREFIX}-photo.webp` })

    const names = [
      uploaded.filename!,
      ...Object.values(uploaded.sizes ?? {}).map((s) => s!.filename!),
    ]
    const keys = await objectKeys()
    for (const name of names) expect(keys.map((key) => path.basename(key))).toContain(name)
    for (const name of names) expect(existsSync(path.join(MEDIA_DIR, name))).toBe(false)
  })

  it('anyone reads the file through the API, with its type and nosniff', async () => {
    const file = await api.get(`/media/file/${uploaded.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('Content-Type')).toBe('image/webp')
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff')
    const stored = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
    expect({ format: stored.format, width: stored.width }).toEqual({ format: 'webp', width: 1600 })
  })

  it('refuses an SVG renamed .png with 400 and stores nothing', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    expect(await expectNothingKept(() => upload(svg, 'vector.png'), 400)).toMatch(/SVG/)
  })

  it('refuses a decompression bomb with 400 and stores nothing', async () => {
    const message = await expectNothingKept(
      async () => upload(await png(12000, 12000), 'bomb.png'),
      400,
    )
    expect(message).toMatch(/12000 × 12000/)
  })

  it('refuses a file over MAX_UPLOAD_MB with 413 and stores nothing', async () => {
    await expectNothingKept(() => upload(randomBytes(2 * 1024 * 1024), 'big.png'), 413)
  })

  it('refuses an anonymous upload and stores nothing', async () => {
    const response = await upload(await png(10, 10), 'anonymous.png', null)
    expect([401, 403]).toContain(response.status)
  })

  it('a full store answers 507 with the storage message, and nothing is kept', async () => {
    mode = 'full'
    try {
      const message = await expectNothingKept(
        async () => upload(await png(800, 600), 'full.png'),
        507,
      )
      expect(message).toMatch(/存储空间不足/)
    } finally {
      mode = 'up'
    }
  })

  it('an unreachable store answers 503, and nothing is kept', async () => {
    mode = 'down'
    let countBefore = 0
    let keysBefore: string[] = []
    try {
      countBefore = await mediaCount()
      keysBefore = await objectKeys()
      const response = await upload(await png(640, 480), 'down.png')
      expect(response.status).toBe(503)
    } finally {
      mode = 'up'
    }
    expect(await mediaCount()).toBe(countBefore)
    expect(await objectKeys()).toEqual(keysBefore)
  })

  it('deleting the document removes its objects from the bucket', async () => {
    const response = await api.delete(`/media/${uploaded.id}`, { token: editorToken })
    expect(response.status).toBe(200)
    const keys = (await objectKeys()).map((key) => path.basename(key))
    expect(keys.filter((key) => key.startsWith(`${PREFIX}-photo`))).toEqual([])
  })
})
