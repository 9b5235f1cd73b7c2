import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { createApiClient, type ApiClient } from '../helpers/http'
import { startTestPayload } from '../helpers/payload'
import { createStaffSet, TEST_PASSWORD } from '../helpers/users'

/**
 * A full disk for media uploads, made by the kernel: RLIMIT_FSIZE (`prlimit --fsize`) on this
 * jest process, which runs Payload in-process, makes any write past LIMIT bytes fail with EFBIG,
 * in the media folder as on a full disk. No root mount needed. The database file (about 3 MB with
 * the schema and the staff) stays well below the limit; the stored WebP of a noise image does not.
 */
const LIMIT = 6 * 1024 * 1024
const MEDIA_DIR = path.resolve(process.cwd(), 'media')
const PREFIX = `disk-full-${process.pid}-${Date.now()}`

/** Whether SIGXFSZ (signal 25) is ignored or caught in this process (/proc/self/status masks). */
const sigxfszHandled = () => {
  const status = readFileSync('/proc/self/status', 'utf8')
  return ['SigIgn', 'SigCgt'].some((mask) => {
    const bits = new RegExp(`${mask}:\\s*([0-9a-f]+)`).exec(status)?.[1] ?? '0'
    return ((BigInt(`0x${bits}`) >> 24n) & 1n) === 1n
  })
}

let payload: Payload
let api: ApiClient
let editorToken: string
let databaseFile: string | undefined
let originalSoftLimit = 'unlimited'

const fileSizeLimit = (soft: string) =>
  execFileSync('prlimit', ['--pid', String(process.pid), `--fsize=${soft}:`])

const currentSoftLimit = () =>
  execFileSync('prlimit', [
    '--pid',
    String(process.pid),
    '--fsize',
    '--raw',
    '--noheadings',
    '-o',
    'SOFT',
  ])
    .toString()
    .trim()

beforeAll(async () => {
  // Without the handler tests/faults/globalSetup.ts installs, the EFBIG would end jest itself.
  if (!sigxfszHandled()) {
    throw new Error('SIGXFSZ is not handled: run with jest.faults.config.js (npm run test:faults)')
  }
  const started = await startTestPayload(import.meta.url)
  payload = started.payload
  api = createApiClient(started.config)
  const staff = await createStaffSet(payload)
  editorToken = await api.login(staff.editor.email, TEST_PASSWORD)
  const uri = process.env.DATABASE_URI ?? ''
  databaseFile = uri.startsWith('file:') ? uri.slice('file:'.length) : undefined
  originalSoftLimit = currentSoftLimit()
})

afterEach(() => {
  fileSizeLimit(originalSoftLimit)
})

afterAll(async () => {
  fileSizeLimit(originalSoftLimit)
  const created = (await readdir(MEDIA_DIR)).filter((name) => name.startsWith(PREFIX))
  await Promise.all(created.map((name) => rm(path.join(MEDIA_DIR, name), { force: true })))
  await payload?.destroy()
})

const upload = (bytes: Uint8Array, name: string, headers: Record<string, string> = {}) => {
  const form = new FormData()
  const type = name.endsWith('.jpg') ? 'image/jpeg' : 'image/png'
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), `${PREFIX}-${name}`)
  form.append('_payload', JSON.stringify({ alt: '测试图片' }))
  return api.post('/media', { token: editorToken, body: form, headers })
}

/**
 * Random pixels: the WebP Payload stores stays large (about 0.7 bytes a pixel, 8 MB at 3,400 px
 * a side, over the limit), and as a JPEG (about 0.8 bytes a pixel) the upload stays under the
 * 20 MB upload bound.
 */
const noiseJpeg = (side: number) =>
  sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()

const smallPng = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()

const mediaCount = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

/** This suite's files and any probe left behind (other suites may upload to the folder meanwhile). */
const mediaListing = async () =>
  (await readdir(MEDIA_DIR))
    .filter((name) => name.startsWith(PREFIX) || name.startsWith('.kexie-space-probe'))
    .sort()

type ErrorBody = { errors: { message: string }[] }

describe('a media upload to a full disk', () => {
  it('answers 507 with a clear message and leaves no file and no document', async () => {
    const big = await noiseJpeg(3400)
    const countBefore = await mediaCount()
    const listingBefore = await mediaListing()

    fileSizeLimit(String(LIMIT))
    const response = await upload(big, 'big.jpg')
    const english = await upload(big, 'big-en.jpg', { 'Accept-Language': 'en' })
    fileSizeLimit(originalSoftLimit)

    expect(response.status).toBe(507)
    const body = (await response.json()) as ErrorBody
    expect(body.errors[0]?.message).toBe(
      '服务器存储空间不足，文件未保存：请联系管理员释放空间后重新上传',
    )
    expect(english.status).toBe(507)
    expect(((await english.json()) as ErrorBody).errors[0]?.message).toMatch(
      /out of storage space and the file was not saved/,
    )
    // Nothing half-written: no original cut short, no image sizes, no probe, no row.
    expect(await mediaListing()).toEqual(listingBefore)
    expect(await mediaCount()).toBe(countBefore)
    // The fault was the file's size, not the database's.
    if (databaseFile) expect((await stat(databaseFile)).size).toBeLessThan(LIMIT)
  })

  it('keeps serving: a small upload succeeds under the same limit, the large one once space is back', async () => {
    fileSizeLimit(String(LIMIT))
    const small = await upload(await smallPng(), 'small.png')
    fileSizeLimit(originalSoftLimit)
    expect(small.status).toBe(201)
    const { doc } = (await small.json()) as { doc: { id: string | number; filename: string } }
    expect((await stat(path.join(MEDIA_DIR, doc.filename))).size).toBeGreaterThan(0)

    const big = await upload(await noiseJpeg(3400), 'big-again.jpg')
    expect(big.status).toBe(201)
    const stored = ((await big.json()) as { doc: { filename: string } }).doc.filename
    expect((await stat(path.join(MEDIA_DIR, stored))).size).toBeGreaterThan(LIMIT)
  })
})
