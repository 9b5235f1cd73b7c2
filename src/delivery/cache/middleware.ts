import { createHash } from 'node:crypto'

import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { isCacheEnabled, settings } from '@/env'

import { readGeneration } from './generation'
import { lastLocalChangeAt, localEpoch } from './localInvalidation'
import { Lru } from './lru'
import {
  isDeliveryRequest,
  isPrivateRequest,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
} from './policy'

type Entry = { body: Buffer; contentType: string; etag: string }

/** How often the database generation is read: other processes' changes show within this. */
const GENERATION_TTL_MS = 250
/**
 * Hooks run before their transaction commits: an answer computed just after one of this
 * process's own changes may predate it, so it is served but not kept.
 */
const SETTLE_MS = 1_000
/** Large answers are streamed every time rather than held in memory. */
const MAX_CACHED_BYTES = 1024 * 1024

const etagOf = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url')}"`

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  Boolean(ifNoneMatch) &&
  (ifNoneMatch === '*' || ifNoneMatch!.split(',').some((tag) => tag.trim() === etag))

const send = (res: Response, entry: Entry, ifNoneMatch: string | undefined) => {
  res.set({ ETag: entry.etag, 'Cache-Control': publicCacheControl(), Vary: 'Accept-Language' })
  if (matches(ifNoneMatch, entry.etag)) return res.status(304).end()
  if (entry.contentType) res.type(entry.contentType)
  res.status(200).end(entry.body)
}

/**
 * Caches anonymous GETs of published content in memory (LRU, keyed by URL and Accept-Language)
 * and answers them with a strong ETag; every cached answer is dropped when the database
 * generation moves (see plugin.ts). Signed-in, draft and preview requests are `no-store`.
 * With `isEnabled` false (CACHE_ENABLED=false) nothing is kept and Payload answers every request;
 * private answers are still marked `no-store`.
 */
export const deliveryCache = (
  payload: Payload,
  maxEntries = settings().CACHE_MAX_ENTRIES,
  isEnabled = isCacheEnabled(),
): RequestHandler => {
  const cache = new Lru<Entry>(maxEntries)
  let generation: string | undefined
  let generationReadAt = 0
  let seenEpoch = localEpoch(payload)
  let reading: Promise<string> | undefined

  /** The generation, read at most every GENERATION_TTL_MS (and at once after a local change). */
  const currentGeneration = async (): Promise<string> => {
    const isFresh =
      Date.now() - generationReadAt < GENERATION_TTL_MS && seenEpoch === localEpoch(payload)
    if (generation !== undefined && isFresh) return generation
    const epoch = localEpoch(payload)
    reading ??= readGeneration(payload).finally(() => (reading = undefined))
    const value = await reading
    if (value !== generation || epoch !== seenEpoch) cache.clear()
    generation = value
    generationReadAt = Date.now()
    seenEpoch = epoch
    return value
  }

  return async (req, res, next) => {
    if (req.method !== 'GET' || !req.url.startsWith('/api/')) return next()
    const url = new URL(req.url, 'http://internal')
    if (!isDeliveryRequest(url)) return next()
    if (isPrivateRequest(req, url)) {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
      // Set last, over whatever the route chose: these answers must never reach a shared cache.
      res.writeHead = ((...args: unknown[]) => {
        res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
        return writeHead(...args)
      }) as typeof res.writeHead
      return next()
    }
    if (!isEnabled) return next()

    try {
      const key = `${req.url}\n${req.headers['accept-language'] ?? ''}`
      const startGeneration = await currentGeneration()
      const startEpoch = localEpoch(payload)
      const hit = cache.get(key)
      if (hit) return send(res, hit, req.headers['if-none-match'])

      // Hold the answer until it is complete: its ETag must go out in the headers.
      const chunks: Buffer[] = []
      const collect = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(
                chunk as string,
                (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding,
              ),
        )
      }
      const originalWrite = res.write.bind(res)
      const originalEnd = res.end.bind(res)
      const originalWriteHead = res.writeHead
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        res.statusCode = status
        const headers = rest.find((arg) => typeof arg === 'object' && arg !== null)
        if (headers) res.set(headers as Record<string, string>)
        return res
      }) as typeof res.writeHead
      res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
        collect(chunk, encoding)
        if (typeof callback === 'function') callback()
        else if (typeof encoding === 'function') encoding()
        return true
      }) as typeof res.write
      res.end = ((chunk?: unknown, encoding?: unknown) => {
        collect(chunk, encoding)
        res.write = originalWrite
        res.end = originalEnd
        res.writeHead = originalWriteHead
        const body = Buffer.concat(chunks)
        const contentType = String(res.getHeader('content-type') ?? '')
        const isShareable =
          res.statusCode === 200 && !res.getHeader('set-cookie') && body.length <= MAX_CACHED_BYTES
        if (!isShareable) return originalEnd(body)
        const entry = { body, contentType, etag: etagOf(body) }
        const isSettled =
          localEpoch(payload) === startEpoch &&
          generation === startGeneration &&
          Date.now() - lastLocalChangeAt(payload) > SETTLE_MS
        if (isSettled) cache.set(key, entry)
        res.removeHeader('content-length')
        send(res, entry, req.headers['if-none-match'])
        return res
      }) as typeof res.end
      next()
    } catch (error) {
      next(error)
    }
  }
}
