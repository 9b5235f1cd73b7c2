import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { hostname } from 'node:os'
import path from 'node:path'
import { deflateSync } from 'node:zlib'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { StaffTokens } from '../helpers/users'

/**
 * Adversarial uploads (issue 8, item 7), as editor and reviewer (anonymous uploads are refused:
 * media.int.spec.ts, which also covers the 413 at twice the size limit, SVG and HTML renamed
 * .png and the 12000 × 12000 bomb made by sharp).
 */

const PREFIX = `security-uploads-${process.pid}-${Date.now()}`

let payload: Payload
/** Where the media collection stores its files, as the running configuration has it. */
let mediaStore: string
let api: ApiClient
let tokens: StaffTokens
let receiver: Server
let receiverPort: number
const received: string[] = []

const suite = setUpSuite(import.meta.url, { staff: 'tokens', mediaPrefix: PREFIX })

beforeAll(async () => {
  ;({ payload, api, tokens } = suite)
  mediaStore = path.resolve(payload.collections.media.config.upload.staticDir as string)
  // A loopback server standing in for internal services a pasted URL must never reach.
  receiver = createServer((request, response) => {
    received.push(request.url ?? '')
    if (request.url?.startsWith('/redirect')) {
      response.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end()
      return
    }
    response.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.alloc(10))
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverPort = (receiver.address() as AddressInfo).port
  suite.onCleanup(() => receiver.close())
})

const ROLES = ['editor', 'reviewer'] as const

const upload = (bytes: Uint8Array, name: string, token: string, type = 'image/png') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: '测试' }))
  return api.post('/media', { token, body: form })
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

/** A PNG whose header declares `width` × `height` over a few bytes of (invalid) image data. */
const craftedPng = (width: number, height: number) => {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const crc32 = (bytes: Buffer) => {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return (crc ^ 0xffffffff) >>> 0
}

const realPng = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer()

const MARKUP: [string, string, string][] = [
  [
    'an SVG with a script, as .svg',
    'x.svg',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
  ],
  ['an HTML page renamed .jpg', 'x.jpg', '<!doctype html><script>alert(1)</script>'],
  [
    'XML with an XSL stylesheet',
    'x.png',
    '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="#s"?><doc><xsl:stylesheet id="s" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/></doc>',
  ],
]

describe('uploads an attacker controls', () => {
  it.each(ROLES)('%s: markup of every kind is refused with 400', async (role) => {
    const before = await mediaCount()
    for (const [what, name, markup] of MARKUP) {
      const response = await upload(Buffer.from(markup), `${PREFIX}-${name}`, tokens[role])
      expect({ what, status: response.status }).toEqual({ what, status: 400 })
    }
    expect(await mediaCount()).toBe(before)
  })

  it.each(ROLES)('%s: polyglots are refused or served inert', async (role) => {
    const gifHtml = Buffer.concat([
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ])
    const pngHtml = Buffer.concat([await realPng(), Buffer.from('<script>alert(1)</script>')])
    const pdfHtml = Buffer.from('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>')
    for (const [what, bytes, name] of [
      ['GIF + HTML', gifHtml, 'poly.gif'],
      ['PNG + script', pngHtml, 'poly.png'],
      ['PDF + HTML', pdfHtml, 'poly.pdf'],
    ] as const) {
      const response = await upload(bytes, `${PREFIX}-${name}`, tokens[role])
      expect({ what, status: [201, 400].includes(response.status) }).toEqual({ what, status: true })
      if (response.status !== 201) continue
      const { doc } = (await response.json()) as { doc: Media }
      const file = await api.get(`/media/file/${doc.filename}`)
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      expect(file.headers.get('content-type')).not.toMatch(/html|xml|svg/)
      expect(Buffer.from(await file.arrayBuffer()).toString('latin1')).not.toContain('<script')
    }
  })

  it.each(ROLES)('%s: ../ in file names stays inside the media folder', async (role) => {
    const tag = `${PREFIX}-${role}`
    // One, two and three levels up, as typed on POSIX and on Windows, and percent-encoded.
    const names = [
      `../${tag}-up1.png`,
      `../../${tag}-up2.png`,
      `../../../${tag}-up3.png`,
      `..\\..\\${tag}-win.png`,
      `..%2F..%2F${tag}-encoded.png`,
    ]
    for (const name of names) {
      const response = await upload(await realPng(), name, tokens[role])
      expect([201, 400, 403]).toContain(response.status)
      if (response.status === 201) {
        const { doc } = (await response.json()) as { doc: Media }
        const filename = doc.filename as string
        // One plain name directly in media/ (a literal `%2F` is just three characters there).
        expect(filename).not.toMatch(/[/\\\0]/)
        expect(['.', '..']).not.toContain(filename)
        expect(existsSync(path.join(mediaStore, filename))).toBe(true)
        expect(doc.mimeType).toMatch(/^image\//)
      }
    }
    // Where an honoured `../` would have put a file (or one of its image sizes): the media
    // store's parent and the two folders above it, whatever the store is configured to be.
    const landing = [1, 2, 3].map((levels) =>
      path.resolve(mediaStore, ...Array<string>(levels).fill('..')),
    )
    for (const folder of landing) {
      const strays = (await readdir(folder)).filter((entry) => entry.includes(tag))
      expect({ folder, strays }).toEqual({ folder, strays: [] })
    }
  })

  it.each(ROLES)('%s: a NUL in the file name is a 400 with a clear message', async (role) => {
    const png = await realPng()
    const before = await mediaCount()
    // As a browser's FormData sends it, and written by hand with the raw byte in the header.
    const viaForm = await upload(png, `${PREFIX}-nul\0.png`, tokens[role])
    const boundary = `----kexie${Date.now()}`
    const raw = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${PREFIX}-nul\0.png"\r\nContent-Type: image/png\r\n\r\n`,
        'latin1',
      ),
      png,
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--${boundary}--\r\n`,
        'latin1',
      ),
    ])
    const viaRaw = await api.post('/media', {
      token: tokens[role],
      body: new Blob([new Uint8Array(raw)]),
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    })
    for (const [how, response] of [
      ['FormData', viaForm],
      ['raw', viaRaw],
    ] as const) {
      const body = (await response.json()) as { errors?: { message: string }[] }
      expect({ how, status: response.status }).toEqual({ how, status: 400 })
      expect(body.errors?.[0]?.message).toMatch(/NUL/)
    }
    expect(await mediaCount()).toBe(before)
    const stray = (await readdir(mediaStore)).filter((name) => name.includes(`${PREFIX}-nul`))
    expect(stray).toEqual([])
  })

  it.each(ROLES)(
    '%s: empty, truncated and 14000 × 14000 images are 400, never 500',
    async (role) => {
      const png = await realPng()
      for (const [what, bytes] of [
        ['empty', Buffer.alloc(0)],
        ['header only', png.subarray(0, 33)],
        ['truncated', png.subarray(0, Math.floor(png.length / 2))],
        ['14000 × 14000', craftedPng(14000, 14000)],
        ['65535 × 65535', craftedPng(65535, 65535)],
      ] as const) {
        const response = await upload(
          bytes,
          `${PREFIX}-${what.replace(/\W/g, '')}.png`,
          tokens[role],
        )
        expect({ what, status: response.status }).toEqual({ what, status: 400 })
      }
      // The process is still here and still converts images.
      expect((await upload(await realPng(), `${PREFIX}-after.png`, tokens[role])).status).toBe(201)
    },
  )

  it.each(ROLES)(
    '%s: the server never fetches a pasted URL from an internal address',
    async (role) => {
      const before = await mediaCount()
      const targets = [
        `http://127.0.0.1:${receiverPort}/internal.png`,
        `http://localhost:${receiverPort}/internal.png`,
        `http://${hostname()}:${receiverPort}/internal.png`,
        `http://[::ffff:127.0.0.1]:${receiverPort}/internal.png`,
        `http://127.0.0.1:${receiverPort}/redirect.png`,
        'http://169.254.169.254/latest/meta-data/iam.png',
      ]
      for (const src of targets) {
        const paste = await api.get(`/media/paste-url?src=${encodeURIComponent(src)}`, {
          token: tokens[role],
        })
        expect({ src, status: paste.status }).toEqual({ src, status: 400 })
        const byUrl = await api.post('/media', {
          token: tokens[role],
          body: { alt: 'x', filename: `${PREFIX}-pasted.png`, url: src },
        })
        expect({ src, status: byUrl.status >= 400 && byUrl.status < 500 }).toEqual({
          src,
          status: true,
        })
      }
      expect(received).toEqual([])
      expect(await mediaCount()).toBe(before)
    },
  )
})
