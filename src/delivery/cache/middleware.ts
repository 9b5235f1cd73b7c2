import { createHash, randomUUID } from 'node:crypto'
import { get } from 'node:http'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'

import type { Request, RequestHandler, Response } from 'express'
import { LRUCache } from 'lru-cache'
import pLimit from 'p-limit'
import type { Payload } from 'payload'

import { allowClientOrigin } from '@/delivery/apiClients/cors'
import { bearerApiKey } from '@/delivery/apiClients/key'
import type { ApiClientGrant } from '@/delivery/apiClients/lookup'
import { knownApiKey } from '@/delivery/apiClients/lookup'
import { hasBody, withDefaultDepth } from '@/delivery/limits/restBounds'
import type { ReadCounter } from '@/delivery/rateLimit/middleware'
import { markReadCounted, sendTooMany } from '@/delivery/rateLimit/middleware'
import { isCacheEnabled, settings } from '@/env'
import { isOutageKnown } from '@/http/databaseOutage'
import { sendError } from '@/http/errorAnswer'

import { answerTags } from '../cdn/tags'

import type { CacheChange } from './changes'
import { CHANGE_ROWS_KEPT_MS, readChangesSince } from './changes'
import type { EntryTags } from './entryTags'
import {
  dependencyMap,
  endpointReads,
  entryTags,
  isTouchedBy,
  mayServeWhileRecomputed,
} from './entryTags'
import { readGeneration } from './generation'
import {
  lastLocalChangeAt,
  lastLocalChangeToken,
  localChangesSince,
  localEpoch,
  onLocalChange,
} from './localInvalidation'
import {
  isDeliveryRequest,
  isPrivateRequest,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
} from './policy'

/** How often the database generation is read: other processes' changes show within this. */
const GENERATION_TTL_MS = 250
/**
 * After a change is noted (its hooks ran, before it commits), how often the generation is read
 * until the change is seen committed, for the background recomputation to start at once.
 */
const COMMIT_POLL_MS = 50
/**
 * An answer a noted change touches is kept, and served while the change is not yet committed (the
 * database still holds what it shows), at most this long: a change never seen committed (rolled
 * back, or its process gone) leaves its answers dropped after it.
 */
const PENDING_MAX_MS = 10_000
/**
 * A dropped hot mixed answer (GraphQL, search, stats) that names none of the changed documents is
 * served as it was while it is computed again in the background, at most this long.
 */
const STALE_MAX_MS = 5_000
/** Marks this server's own background recomputations, which must compute what readers get stale. */
const REVALIDATION_HEADER = 'x-kexie-revalidation'
/**
 * Other processes' change rows are read from this long before the last read: their writers'
 * clocks and the time their transactions took to commit may put them a little in the past.
 */
const CHANGE_ROWS_OVERLAP_MS = 5 * 60 * 1000
/**
 * Hooks run before their transaction commits: an answer computed just after one of this
 * process's own changes may predate it, so it is served but not kept, for this long or until the
 * generation read from the database is the one the change wrote (it is committed then).
 */
const SETTLE_MS = 1_000
/**
 * After a change, the lists it dropped that readers asked for most (by hits) are recomputed in
 * the background, at most this many per change, so their next readers get them from memory.
 */
const REVALIDATE_TOP = 20
/** Large answers are streamed every time rather than held in memory. */
const MAX_CACHED_BYTES = 1024 * 1024

/**
 * One cached answer: the body as Payload wrote it and, when worth it, its gzip and brotli forms,
 * each made once, for the first reader who takes it, instead of on every hit.
 */
type Entry = {
  body: Buffer
  gzip?: Buffer
  br?: Buffer
  contentType: string
  /** What the answer depends on: a change drops it only when it touches these. */
  tags: EntryTags
  /**
   * What it contains, for a CDN's purge by tag (../cdn/tags.ts), as the two headers spell it:
   * Fastly and Varnish read `Surrogate-Key` (space-separated), Cloudflare and others `Cache-Tag`
   * (comma-separated). Written once, for every hit.
   */
  surrogateKey: string
  cacheTag: string
  /** The body's hash: each form's ETag is derived from it (`"<hash>"`, `"<hash>-gzip"`, `"<hash>-br"`). */
  hash: string
  /** Readers answered from memory: the hottest dropped lists are recomputed after a change. */
  hits: number
  /**
   * When a change that touches the answer was noted, before it commits: the answer is served
   * only to readers for whom a read of the generation, made after they arrived, finds the change
   * not yet committed; it is dropped once the change is seen committed.
   */
  pendingSince?: number
  /**
   * When a committed change dropped the answer and it was kept, to be served while it is computed
   * again in the background (`mayServeWhileRecomputed`), at most STALE_MAX_MS.
   */
  staleSince?: number
}

/** Below this a compressed form saves less than its headers cost (what `compression` also uses). */
const COMPRESS_FROM_BYTES = 1024
/** Brotli's fastest good setting: made once per entry, but on the request that stores it. */
const BROTLI_QUALITY = 5

const entryOf = (body: Buffer, contentType: string, tags: EntryTags): Entry => {
  const cdnTags = answerTags(tags)
  return {
    body,
    contentType,
    tags,
    surrogateKey: cdnTags.join(' '),
    cacheTag: cdnTags.join(','),
    hash: createHash('sha256').update(body).digest('base64url'),
    hits: 0,
  }
}

const compressed = (body: Buffer, encoding: 'br' | 'gzip') =>
  encoding === 'gzip'
    ? gzipSync(body)
    : brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })

/** What an entry holds in memory, for the cache's byte bound. */
const entryBytes = (entry: Entry, key: string) =>
  entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0) + key.length * 2 + 200

const etagOf = (entry: Entry, encoding?: 'br' | 'gzip') =>
  encoding ? `"${entry.hash}-${encoding}"` : `"${entry.hash}"`

/** Every form of an entry holds the same content: a client's tag of any of them still matches. */
const matches = (ifNoneMatch: string | undefined, entry: Entry) =>
  Boolean(ifNoneMatch) &&
  (ifNoneMatch === '*' ||
    ifNoneMatch!
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag.replace(/-(?:gzip|br)"$/, '"') === etagOf(entry)))

/**
 * Brotli when the client takes it (smaller), else gzip, else the body as is; a client that sends
 * no Accept-Encoding gets the body as is.
 */
const encodingFor = (req: Request): 'br' | 'gzip' | undefined => {
  if (!req.headers['accept-encoding']) return undefined
  if (req.acceptsEncodings('br') === 'br') return 'br'
  if (req.acceptsEncodings('gzip') === 'gzip') return 'gzip'
  return undefined
}

/**
 * `X-Cache` on every delivery answer: `HIT` from memory (also for a reader who waited on another's
 * computation), `MISS` computed by Payload now, `BYPASS` never cached (signed in, draft, preview,
 * or the cache turned off).
 */
export const CACHE_STATUS_HEADER = 'X-Cache'

/**
 * Answers with `entry`, in the form the reader takes. Returns whether that form was made now (for
 * its first reader): the entry then holds more bytes than when it was stored.
 */
const send = (req: Request, res: Response, entry: Entry, status: 'HIT' | 'MISS'): boolean => {
  const form = entry.body.length >= COMPRESS_FROM_BYTES ? encodingFor(req) : undefined
  res.set({
    [CACHE_STATUS_HEADER]: status,
    ETag: etagOf(entry, form),
    'Cache-Control': publicCacheControl(),
    'Surrogate-Key': entry.surrogateKey,
    'Cache-Tag': entry.cacheTag,
  })
  // Added to what is there: a browser's answer also varies by its Origin (src/delivery/cors.ts).
  res.vary('Accept-Encoding').vary('Accept-Language')
  if (matches(req.headers['if-none-match'], entry)) {
    res.status(304).end()
    return false
  }
  if (entry.contentType) res.type(entry.contentType)
  if (!form) {
    res.status(200).end(entry.body)
    return false
  }
  const isMadeNow = entry[form] === undefined
  entry[form] ??= compressed(entry.body, form)
  // Set before the body: the `compression` middleware in front leaves encoded answers alone.
  res.set('Content-Encoding', form).status(200).end(entry[form])
  return isMadeNow
}

/** The loopback address and port a request arrived on, as an origin to send requests to. */
const originOf = (req: Request): string | undefined => {
  const { localAddress, localPort } = req.socket
  if (!localAddress || !localPort) return undefined
  const address = localAddress.replace(/^::ffff:/, '')
  return `http://${address.includes(':') ? `[${address}]` : address}:${localPort}`
}

/**
 * A GET to this server with exactly the Accept-Language of the cached answer (`fetch` would add
 * its own `*`, which is another key); the answer is read and thrown away.
 */
const askSelf = (url: string, language: string | undefined, revalidation: string) =>
  new Promise<void>((resolve) => {
    const headers = {
      [REVALIDATION_HEADER]: revalidation,
      ...(language ? { 'Accept-Language': language } : {}),
    }
    get(url, { headers }, (response) => {
      response
        .resume()
        .once('end', resolve)
        .once('error', () => resolve())
    }).once('error', () => resolve())
  })

/** A 503 for a reader when too many uncached answers are already waiting to be computed. */
const sendBusy = (res: Response) =>
  sendError(
    res.set({ 'Retry-After': '1', 'Cache-Control': 'no-store' }),
    503,
    'The server is busy: please retry in a moment.',
  )

export type DeliveryCacheOptions = {
  /** Bytes the cached answers may take in this process (CACHE_MAX_MB). */
  maxBytes?: number
  /** Answers kept at most (CACHE_MAX_ENTRIES). */
  maxEntries?: number
  /** CACHE_ENABLED. */
  isEnabled?: boolean
  /** Uncached reader answers computed at once (CACHE_MISS_CONCURRENCY). */
  missConcurrency?: number
  /** Uncached reader answers waiting for a turn before a 503 (CACHE_MISS_QUEUE). */
  missQueue?: number
}

export type DeliveryCache = {
  /**
   * At the front of the express chain: a hit answered from memory before the rate-limit, bounds
   * and database-guard middleware, or `next()` for anything else.
   */
  answerHits: (options: { countRead: ReadCounter }) => RequestHandler
  /** After the bounds and the database guard: hits, misses, bypasses. */
  answer: RequestHandler
}

/**
 * Caches anonymous GETs of published content in memory (`lru-cache`, bounded in bytes and entries,
 * keyed by URL and Accept-Language) and answers them with strong ETags, in gzip or brotli made
 * once per entry; every cached answer is dropped when the database generation moves (see
 * plugin.ts). Concurrent misses of one answer wait for the first one's computation (single
 * flight), and uncached reader work is bounded: at most `missConcurrency` answers are computed at
 * once (on two cores more parallel Payload requests add latency, not throughput), `missQueue` more
 * wait, and beyond that a reader gets a 503 with `Retry-After` instead of an ever longer wait.
 * Signed-in, draft and preview requests are `no-store` and not bounded here.
 * With `isEnabled` false (CACHE_ENABLED=false) nothing is kept or bounded and Payload answers
 * every request; private answers are still marked `no-store`.
 */
export const deliveryCache = (
  payload: Payload,
  {
    maxBytes = settings().CACHE_MAX_MB * 1024 * 1024,
    maxEntries = settings().CACHE_MAX_ENTRIES,
    isEnabled = isCacheEnabled(),
    missConcurrency = settings().CACHE_MISS_CONCURRENCY,
    missQueue = settings().CACHE_MISS_QUEUE,
  }: DeliveryCacheOptions = {},
): DeliveryCache => {
  const cache = new LRUCache<string, Entry>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: entryBytes,
  })
  /** The computation under way for each key, shared by the misses that arrive meanwhile. */
  const inFlight = new Map<string, Promise<Entry | undefined>>()
  const misses = pLimit(missConcurrency)
  const collections = new Set(payload.config.collections.map(({ slug }) => slug))
  const dependencies = dependencyMap(payload.config)
  const reads = endpointReads(payload.config)
  let generation: string | undefined
  let generationReadAt = 0
  let seenEpoch = localEpoch(payload)
  /** When other processes' change rows were last read, and the rows already applied. */
  let changesReadAt = Date.now()
  const appliedRows = new Map<string, number>()

  /**
   * Whether what is computed now may be kept: this process's latest change is committed (the
   * generation read is the value it wrote) or old enough to be (SETTLE_MS).
   */
  const isLocalChangeSettled = () =>
    Date.now() - lastLocalChangeAt(payload) > SETTLE_MS ||
    (generation !== undefined && generation === lastLocalChangeToken(payload))

  /** Where this server listens, as a request arrived on it: background recomputations go there. */
  let selfOrigin: string | undefined
  /** Dropped hot answers waiting to be recomputed, with their hits (carried over to the new entry). */
  const carriedHits = new Map<string, number>()
  /** What this server's own recomputations carry in REVALIDATION_HEADER (no reader knows it). */
  const revalidationToken = randomUUID()
  let revalidation: NodeJS.Timeout | undefined

  /**
   * Recomputes the waiting answers in the background, by asking this server for them as a reader
   * would (one at a time, through the same miss queue), as soon as this process's latest change
   * is settled (committed); a later change only postpones it. A reader who asks meanwhile waits
   * for that computation instead of starting one.
   */
  const revalidate = () => {
    const origin = selfOrigin
    if (!origin || carriedHits.size === 0 || revalidation) return
    const delay = isLocalChangeSettled()
      ? 0
      : Math.max(0, lastLocalChangeAt(payload) + SETTLE_MS + 50 - Date.now())
    revalidation = setTimeout(() => {
      void (async () => {
        await currentGeneration()
        if (!isLocalChangeSettled()) return
        for (const key of [...carriedHits.keys()]) {
          if (!isLocalChangeSettled()) return
          if (cache.peek(key)?.staleSince !== undefined || (!cache.has(key) && !inFlight.has(key))) {
            const [url = '', language] = key.split('\n')
            await askSelf(`${origin}${url}`, language, revalidationToken)
          }
          carriedHits.delete(key)
        }
      })()
        .catch(() => undefined)
        .finally(() => {
          revalidation = undefined
          // Postponed by a change meanwhile, or new answers dropped: another round.
          revalidate()
        })
    }, delay).unref()
  }

  /** The cached answers `changes` touch (every answer when they are not known). */
  const touchedBy = (changes: CacheChange[] | undefined) =>
    [...cache.entries()].filter(
      ([, entry]) =>
        !changes || changes.some((change) => isTouchedBy(entry.tags, change, dependencies)),
    )

  /**
   * Drops the answers the changes touch, then recomputes the hottest dropped lists in the
   * background: readers keep getting them from memory. Those of them that may be served as they
   * were meanwhile (`mayServeWhileRecomputed`) are kept until then.
   */
  const drop = (changes: CacheChange[] | undefined) => {
    const touched = touchedBy(changes)
    const hot = touched
      .filter(([, entry]) => entry.tags.isList && entry.hits > 0)
      .sort(([, a], [, b]) => b.hits - a.hits)
      .slice(0, REVALIDATE_TOP)
    const now = Date.now()
    for (const [key, entry] of touched) {
      const isKept =
        changes !== undefined &&
        mayServeWhileRecomputed(entry.tags, changes) &&
        hot.some(([hotKey]) => hotKey === key)
      if (!isKept) cache.delete(key)
      else {
        entry.staleSince ??= now
        entry.pendingSince = undefined
      }
    }
    for (const [key, entry] of hot) carriedHits.set(key, entry.hits)
    revalidate()
  }

  /**
   * Marks the answers that noted, not yet committed, changes touch: they are served while the
   * changes are not committed and dropped when they are (from their change rows, read when the
   * generation moves).
   */
  const markPending = (changes: CacheChange[] | undefined) => {
    const now = Date.now()
    for (const [, entry] of touchedBy(changes)) entry.pendingSince ??= now
  }

  /**
   * Answers with an entry; one that grew by a form made for this reader is measured again against
   * the byte bound.
   */
  const answerWith = (
    req: Request,
    res: Response,
    key: string,
    entry: Entry,
    status: 'HIT' | 'MISS',
  ) => {
    if (send(req, res, entry, status) && cache.peek(key) === entry) cache.set(key, entry)
  }

  /**
   * The changes whose rows appeared since the last read; undefined when the rows cannot explain a
   * move of the generation (some may have been deleted since the last read).
   */
  const remoteChanges = async (): Promise<CacheChange[] | undefined> => {
    const now = Date.now()
    const isEveryRowKept = now - changesReadAt < CHANGE_ROWS_KEPT_MS - CHANGE_ROWS_OVERLAP_MS
    const rows = await readChangesSince(payload, changesReadAt - CHANGE_ROWS_OVERLAP_MS)
    changesReadAt = now
    for (const [key, appliedAt] of appliedRows) {
      if (appliedAt < now - 2 * CHANGE_ROWS_OVERLAP_MS) appliedRows.delete(key)
    }
    const fresh = rows.filter(({ key }) => !appliedRows.has(key))
    for (const { key } of fresh) appliedRows.set(key, now)
    if (fresh.length > 0) return fresh.flatMap(({ changes }) => changes)
    // A move whose rows were read before it: a row is written just before its move, and a change
    // may commit between the read of the generation and the read of the rows. Applied already.
    return isEveryRowKept ? [] : undefined
  }

  /**
   * Reads the generation and applies what moved: the answers this process's (or, through Redis,
   * another's) noted changes touch are marked pending; when the generation moved, the answers the
   * committed changes touch are dropped, as their change rows (this process's own included) say.
   */
  const sync = async () => {
    const epoch = localEpoch(payload)
    const value = await readGeneration(payload)
    if (epoch !== seenEpoch) markPending(localChangesSince(payload, seenEpoch))
    // The first read only notes the rows there are: nothing was cached before them.
    if (generation === undefined) await remoteChanges()
    else if (value !== generation) drop(await remoteChanges())
    if (epoch !== seenEpoch || value !== generation) inFlight.clear()
    generation = value
    generationReadAt = Date.now()
    seenEpoch = epoch
  }

  /** The read under way, shared by every caller (its drops must happen once), and how many began. */
  let syncing: { serial: number; done: Promise<void> } | undefined
  let syncsBegun = 0

  /**
   * The generation, read at most every GENERATION_TTL_MS (and at once after a local change); with
   * `isReadNow`, from a read begun after this call (one under way may predate a commit the caller
   * must see).
   */
  const currentGeneration = async (isReadNow = false): Promise<string> => {
    const after = syncsBegun
    while (isReadNow || !isGenerationFresh()) {
      if (!syncing) {
        syncsBegun += 1
        const begun = { serial: syncsBegun, done: sync() }
        syncing = begun
        void begun.done.catch(() => undefined).finally(() => {
          if (syncing === begun) syncing = undefined
        })
      }
      const current = syncing
      await current.done
      if (current.serial > after) break
    }
    return generation!
  }

  const isGenerationFresh = () =>
    generation !== undefined &&
    Date.now() - generationReadAt < GENERATION_TTL_MS &&
    seenEpoch === localEpoch(payload)

  // A noted change is applied at once, and the generation then read often until it is seen
  // committed, so that its answers are dropped and recomputed without waiting for a reader.
  if (isEnabled) {
    onLocalChange(payload, () => {
      const noted = lastLocalChangeAt(payload)
      const poll = () => {
        if (lastLocalChangeAt(payload) !== noted || isLocalChangeSettled()) return
        setTimeout(() => void currentGeneration(true).then(poll, () => undefined), COMMIT_POLL_MS).unref()
      }
      void currentGeneration(true).then(poll, () => undefined)
    })
  }

  /**
   * The cached answer for `key` a reader who arrived just now may get: one a noted change
   * touches only once a read of the generation begun now finds the change still uncommitted.
   */
  const cachedFor = async (req: Request, key: string): Promise<Entry | undefined> => {
    await currentGeneration()
    const entry = cache.get(key)
    if (entry?.staleSince !== undefined) {
      const isRecomputation = req.headers[REVALIDATION_HEADER] === revalidationToken
      return isRecomputation || Date.now() - entry.staleSince > STALE_MAX_MS ? undefined : entry
    }
    if (entry?.pendingSince === undefined) return entry
    if (Date.now() - entry.pendingSince > PENDING_MAX_MS) {
      cache.delete(key)
      return undefined
    }
    await currentGeneration(true)
    return cache.get(key)
  }

  /**
   * Lets Payload answer, holding the answer until it is complete (its ETag must go out in the
   * headers), then keeps it when it is shareable and nothing changed meanwhile. Resolves with the
   * entry for the misses waiting on this computation, or undefined when they must compute their own.
   */
  const compute = (
    req: Request,
    res: Response,
    next: (error?: unknown) => void,
    key: string,
    started: { generation: string; epoch: number },
  ) =>
    new Promise<Entry | undefined>((resolve) => {
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
      res.once('close', () => resolve(undefined))
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
        if (!res.headersSent) res.setHeader(CACHE_STATUS_HEADER, 'MISS')
        if (!isShareable) {
          resolve(undefined)
          return originalEnd(body)
        }
        const tags = entryTags(new URL(req.url, 'http://internal'), body, collections, reads)
        const entry = { ...entryOf(body, contentType, tags), hits: carriedHits.get(key) ?? 0 }
        const isSettled =
          localEpoch(payload) === started.epoch &&
          generation === started.generation &&
          isLocalChangeSettled()
        if (isSettled) cache.set(key, entry)
        resolve(isSettled ? entry : undefined)
        res.removeHeader('content-length')
        answerWith(req, res, key, entry, 'MISS')
        return res
      }) as typeof res.end
      next()
    })

  const cacheKeyOf = (url: string, req: Request) =>
    `${url}\n${req.headers['accept-language'] ?? ''}`

  /**
   * The downstream client a keyed request comes from, as the key check in memory knows it; false
   * when the request must take the full chain (a key not looked up lately, unknown, revoked or
   * from an origin it does not allow: apiClientKeys answers those; any other credentials).
   */
  const knownClient = (req: Request): ApiClientGrant | undefined | false => {
    if (!req.headers.authorization) return undefined
    const key = bearerApiKey(req.headers.authorization)
    const check = key ? knownApiKey(payload, key) : undefined
    if (!check?.ok) return false
    const { origin } = req.headers
    return origin && !check.client.allowedOrigins.includes(origin) ? false : check.client
  }

  /**
   * A hit, answered before the rate limits, the bounds and the database guard. Only what the
   * full chain would answer with the same entry: an anonymous GET of published content, or one
   * with a downstream site's key that the in-memory key check accepts (its key carries no other
   * right to a public answer). The read is counted exactly as the rate limits count it (per key,
   * else per address): a hit is cheap but still a read. Anything else (a miss, a database known
   * to be away) goes on down the chain unchanged.
   */
  const answerHits =
    ({ countRead }: { countRead: ReadCounter }): RequestHandler =>
    async (req, res, next) => {
      if (!isEnabled || req.method !== 'GET' || !req.url.startsWith('/api/')) return next()
      if (hasBody(req.headers) || isOutageKnown()) return next()
      const url = new URL(req.url, 'http://internal')
      if (!isDeliveryRequest(url)) return next()
      const client = knownClient(req)
      if (client === false) return next()
      const headers = { ...req.headers, authorization: undefined }
      if (isPrivateRequest({ headers }, url)) return next()
      try {
        const key = cacheKeyOf(withDefaultDepth(req.url), req)
        // The generation read as on the full way; a database found away here is the error
        // handler's 503, exactly what the full way would have answered.
        const hit = await cachedFor(req, key)
        if (!hit) return next()
        if (client && req.headers.origin) allowClientOrigin(res, req.headers.origin)
        const retryAfter = await countRead(req, client)
        if (retryAfter !== undefined) return sendTooMany(res, retryAfter)
        // Dropped while the read was counted: the full chain answers, counting it no more.
        if (cache.get(key) !== hit) {
          markReadCounted(res)
          return next()
        }
        hit.hits += 1
        answerWith(req, res, key, hit, 'HIT')
      } catch (error) {
        next(error)
      }
    }

  const answer: RequestHandler = async (req, res, next) => {
    if (req.method !== 'GET' || !req.url.startsWith('/api/')) return next()
    const url = new URL(req.url, 'http://internal')
    if (!isDeliveryRequest(url)) return next()
    if (isPrivateRequest(req, url) || !isEnabled) res.setHeader(CACHE_STATUS_HEADER, 'BYPASS')
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
      selfOrigin ??= originOf(req)
      const key = cacheKeyOf(req.url, req)
      const hit = await cachedFor(req, key)
      const started = { generation: generation!, epoch: localEpoch(payload) }
      if (hit) {
        hit.hits += 1
        return answerWith(req, res, key, hit, 'HIT')
      }

      const pending = inFlight.get(key)
      if (pending) {
        const shared = await pending
        if (shared) return answerWith(req, res, key, shared, 'HIT')
      }
      const isQueueFull = misses.activeCount >= missConcurrency && misses.pendingCount >= missQueue
      if (isQueueFull) return sendBusy(res)
      const isLeader = !inFlight.has(key)
      const computation = misses(() => compute(req, res, next, key, started))
      if (isLeader) {
        inFlight.set(key, computation)
        void computation.finally(() => {
          if (inFlight.get(key) === computation) inFlight.delete(key)
        })
      }
      await computation
    } catch (error) {
      next(error)
    }
  }

  return { answerHits, answer }
}
