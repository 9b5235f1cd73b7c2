import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import type { ApiClient } from '@/payload-types'

import { isKeyOf, prefixOf } from './key'

/** What a request with a key is allowed: the client's settings, never its key hash. */
export type ApiClientGrant = {
  id: string
  name: string
  allowedOrigins: string[]
  /** Reads per minute; undefined: the server's RATE_LIMIT_READ. */
  readsPerMinute?: number
  canPreviewDrafts: boolean
}

export type ApiKeyCheck =
  { ok: true; client: ApiClientGrant } | { ok: false; reason: 'unknown' | 'revoked' }

/**
 * A client looked up by its prefix is kept this long in this process, so a site's steady traffic
 * costs no database read per request. Changes made in this process apply at once (the
 * collection's hooks forget the clients); other processes see a revocation within this time.
 */
export const API_CLIENT_TTL_MS = 10_000

/** Prefixes remembered at most, unknown ones included (a flood of made-up keys stays bounded). */
const MAX_REMEMBERED = 10_000

/** A prefix no client has is remembered too, as `client: null`. */
type Remembered = { client: ApiClient | null }

type Memo = {
  clients: LRUCache<string, Remembered>
  /** Every allowed origin of the clients that are not revoked, for CORS preflights. */
  origins?: { values: Set<string>; readAt: number }
}

const memos = new WeakMap<Payload, Memo>()

const memoOf = (payload: Payload): Memo => {
  let memo = memos.get(payload)
  if (!memo) {
    memo = { clients: new LRUCache({ max: MAX_REMEMBERED, ttl: API_CLIENT_TTL_MS }) }
    memos.set(payload, memo)
  }
  return memo
}

/** Called by the collection's hooks: the next request reads the clients afresh. */
export const forgetApiClients = (payload: Payload): void => {
  const memo = memos.get(payload)
  memo?.clients.clear()
  if (memo) memo.origins = undefined
}

const clientByPrefix = async (payload: Payload, prefix: string): Promise<ApiClient | null> => {
  const { clients } = memoOf(payload)
  const known = clients.get(prefix)
  if (known) return known.client
  // Access skipped on purpose: the key is the caller's authorization, and the hash it is checked
  // against is readable by no one.
  const { docs } = await payload.find({
    collection: 'api-clients',
    where: { keyPrefix: { equals: prefix } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const client = docs[0] ?? null
  clients.set(prefix, { client })
  return client
}

const checkAgainst = (client: ApiClient | null, key: string): ApiKeyCheck => {
  if (!client?.keyHash || !isKeyOf(key, client.keyHash)) return { ok: false, reason: 'unknown' }
  if (client.isRevoked) return { ok: false, reason: 'revoked' }
  return {
    ok: true,
    client: {
      id: client.id,
      name: client.name,
      allowedOrigins: (client.allowedOrigins ?? []).map(({ origin }) => origin),
      readsPerMinute: client.readsPerMinute ?? undefined,
      canPreviewDrafts: Boolean(client.canPreviewDrafts),
    },
  }
}

/** Which client a key belongs to, checked against its stored hash in constant time. */
export const checkApiKey = async (payload: Payload, key: string): Promise<ApiKeyCheck> => {
  const prefix = prefixOf(key)
  return checkAgainst(prefix ? await clientByPrefix(payload, prefix) : null, key)
}

/**
 * The same check from memory alone: undefined when this process has not looked the key's client
 * up within API_CLIENT_TTL_MS (the caller then takes the way that reads the database).
 */
export const knownApiKey = (payload: Payload, key: string): ApiKeyCheck | undefined => {
  const prefix = prefixOf(key)
  if (!prefix) return { ok: false, reason: 'unknown' }
  const known = memoOf(payload).clients.get(prefix)
  return known && checkAgainst(known.client, key)
}

/**
 * Whether some client that is not revoked allows `origin`: a CORS preflight carries no key, so
 * it is answered for the origins of all of them (the request that follows is checked against its
 * own key's). Read at most every API_CLIENT_TTL_MS.
 */
export const isClientOrigin = async (payload: Payload, origin: string): Promise<boolean> => {
  const memo = memoOf(payload)
  if (!memo.origins || Date.now() - memo.origins.readAt >= API_CLIENT_TTL_MS) {
    const readAt = Date.now()
    // Access skipped on purpose: only the origins are read, to answer an anonymous preflight.
    const { docs } = await payload.find({
      collection: 'api-clients',
      where: { isRevoked: { not_equals: true } },
      select: { allowedOrigins: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const values = new Set(
      docs.flatMap(({ allowedOrigins }) => (allowedOrigins ?? []).map((item) => item.origin)),
    )
    memo.origins = { values, readAt }
  }
  return memo.origins.values.has(origin)
}
