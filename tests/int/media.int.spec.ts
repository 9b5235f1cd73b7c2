import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD } from '../helpers/users'

const MEDIA_DIR = path.resolve(process.cwd(), 'media')
// Every file this suite uploads starts with this, so the suite set-up removes only what it created.
const PREFIX = `media-spec-${process.pid}-${Date.now()}`

let payload: Payload
let api: ApiClient
let editorToken: string

type ErrorBody = {
  errors: { message: string; data?: { errors?: { message: string; path: string }[] } }[]
}

// A 1 MB limit lets the oversized-upload test send 2 MB instead of 21.
const suite = setUpSuite(import.meta.url, {
  env: { MAX_UPLOAD_MB: '1' },
  staff: 'accounts',
  mediaPrefix: PREFIX,
})

beforeAll(async () => {
  ;({ payload, api } = suite)
  const { staff } = suite
  editorToken = await api.login(staff.editor.email, TEST_PASSWORD)
})

/** `token: null` uploads anonymously. */
type UploadOptions = { alt?: string; token?: string | null; type?: string }

/** A REST multipart upload as the admin UI sends it: the file plus `_payload` JSON fields. */
const upload = (bytes: Uint8Array, name: string, options: UploadOptions = {}) => {
  const { alt = '测试图片', token = editorToken, type = 'image/png' } = options
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), `${PREFIX}-${name}`)
  form.append('_payload', JSON.stringify(alt === '' ? {} : { alt }))
  return api.post('/media', { token: token ?? undefined, body: form })
}

const mediaCount = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

const mediaListing = async () => (await readdir(MEDIA_DIR)).sort()

/** Sends a request that must be refused, and checks that nothing was half-written. */
const expectRefused = async (send: () => Promise<Response>, statuses: number[]) => {
  const countBefore = await mediaCount()
  const listingBefore = await mediaListing()
  const response = await send()
  expect(statuses).toContain(response.status)
  expect(await mediaCount()).toBe(countBefore)
  expect(await mediaListing()).toEqual(listingBefore)
  return (await response.json()) as ErrorBody
}

/** Payload puts field errors under `data.errors`; other errors only have a message. */
const messagesOf = (body: ErrorBody) =>
  body.errors.flatMap((error) => [
    error.message,
    ...(error.data?.errors ?? []).map((fieldError) => fieldError.message),
  ])

const png = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } },
    // Building the decompression-bomb fixture must not trip the limit it is meant to test.
    limitInputPixels: false,
  })
    .png({ compressionLevel: 9 })
    .toBuffer()

// 1x1 PNG: enough for the refusals that must not depend on the image itself.
const minimalPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** A one-page PDF with a correct cross-reference table. */
const minimalPdf = (): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const expectedSizes = {
  thumbnail: { width: 300, height: 300 },
  card: { width: 768, height: 512 },
  hero: { width: 1920, height: 1280 },
  og: { width: 1200, height: 630 },
}

describe('media uploads', () => {
  let uploaded: Media

  it('an editor uploads a PNG over REST and gets every size as WebP on disk', async () => {
    const response = await upload(await png(2400, 1600), 'photo.png')
    expect(response.status).toBe(201)
    uploaded = ((await response.json()) as { doc: Media }).doc

    expect(uploaded).toMatchObject({ alt: '测试图片', mimeType: 'image/webp', width: 2400 })
    expect(uploaded.height).toBe(1600)
    expect(uploaded.filename).toBe(`${PREFIX}-photo.webp`)
    expect(uploaded.focalX).toBe(50)
    expect(uploaded.focalY).toBe(50)
    expect(existsSync(path.join(MEDIA_DIR, uploaded.filename!))).toBe(true)

    for (const [name, { width, height }] of Object.entries(expectedSizes)) {
      const size = uploaded.sizes?.[name as keyof typeof expectedSizes]
      expect({ name, ...size }).toMatchObject({ name, width, height, mimeType: 'image/webp' })
      const onDisk = await sharp(path.join(MEDIA_DIR, size!.filename!)).metadata()
      expect({ name, format: onDisk.format, width: onDisk.width, height: onDisk.height }).toEqual({
        name,
        format: 'webp',
        width,
        height,
      })
    }
  })

  it('anyone can read media, and served files carry nosniff', async () => {
    const doc = await api.get(`/media/${uploaded.id}`)
    expect(doc.status).toBe(200)

    const file = await api.get(`/media/file/${uploaded.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('Content-Type')).toBe('image/webp')
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('alt is localized: Chinese by default, English alongside', async () => {
    const response = await api.patch(`/media/${uploaded.id}?locale=en`, {
      token: editorToken,
      body: { alt: 'Test image' },
    })
    expect(response.status).toBe(200)
    const en = (await (await api.get(`/media/${uploaded.id}?locale=en`)).json()) as Media
    const zh = (await (await api.get(`/media/${uploaded.id}`)).json()) as Media
    expect([zh.alt, en.alt]).toEqual(['测试图片', 'Test image'])
  })

  it('accepts a PDF, recognised by its content', async () => {
    const response = await upload(minimalPdf(), 'leaflet.pdf', { type: 'application/pdf' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc).toMatchObject({ mimeType: 'application/pdf', filename: `${PREFIX}-leaflet.pdf` })
  })

  it('refuses a file over MAX_UPLOAD_MB with 413 and stores nothing', async () => {
    const twoMegabytes = randomBytes(2 * 1024 * 1024)
    await expectRefused(() => upload(twoMegabytes, 'big.png'), [413])
  })

  it('refuses an SVG renamed .png with 400', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    )
    const body = await expectRefused(() => upload(svg, 'vector.png'), [400])
    expect(messagesOf(body).join(' ')).toMatch(/SVG/)
  })

  it.each([
    ['well-formed', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
    ['tag soup', '<html><body><p>unclosed<br><img src=x onerror=alert(1)></body>'],
  ])('refuses an HTML page (%s) renamed .png with 400', async (_kind, html) => {
    const body = await expectRefused(() => upload(Buffer.from(html), 'page.png'), [400])
    expect(messagesOf(body).join(' ')).toMatch(/HTML/)
  })

  it('refuses a decompression bomb (144 megapixels in a small PNG) with 400', async () => {
    const bomb = await png(12000, 12000)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const body = await expectRefused(() => upload(bomb, 'bomb.png'), [400])
    expect(messagesOf(body).join(' ')).toMatch(/12000 × 12000/)

    // The second guard, for files that reach sharp some other way: the configured sharp itself
    // refuses to decode past the limit.
    await expect(payload.config.sharp!(bomb).metadata()).rejects.toThrow(/pixel limit/)
  })

  it('refuses replacing a file with an SVG and keeps the original', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(svg)], { type: 'image/png' }),
      `${PREFIX}-swap.png`,
    )
    form.append('_payload', JSON.stringify({}))
    const send = () => api.patch(`/media/${uploaded.id}`, { token: editorToken, body: form })
    const body = await expectRefused(send, [400])
    expect(messagesOf(body).join(' ')).toMatch(/SVG/)
    const unchanged = await payload.findByID({ collection: 'media', id: uploaded.id })
    expect(unchanged.filename).toBe(uploaded.filename)
  })

  it('refuses an anonymous upload', async () => {
    await expectRefused(() => upload(minimalPng, 'anonymous.png', { token: null }), [401, 403])
  })

  it('refuses an upload without alt text with 400', async () => {
    const body = await expectRefused(() => upload(minimalPng, 'no-alt.png', { alt: '' }), [400])
    expect(body.errors[0].data?.errors?.map((fieldError) => fieldError.path)).toContain('alt')
  })
})
