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

type Remembered = { client: ApiClient | null; readAt: number }

const remembered = new WeakMap<Payload, Map<string, Remembered>>()

/** Unknown prefixes are remembered too; past this many the memo starts over. */
const MAX_REMEMBERED = 10_000

const memoOf = (payload: Payload) => {
  let memo = remembered.get(payload)
  if (!memo || memo.size > MAX_REMEMBERED) {
    memo = new Map()
    remembered.set(payload, memo)
  }
  return memo
}

/** Called by the collection's hooks: the next request reads the clients afresh. */
export const forgetApiClients = (payload: Payload): void => {
  remembered.get(payload)?.clear()
}

const clientByPrefix = async (payload: Payload, prefix: string): Promise<ApiClient | null> => {
  const memo = memoOf(payload)
  const known = memo.get(prefix)
  if (known && Date.now() - known.readAt < API_CLIENT_TTL_MS) return known.client
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
  memo.set(prefix, { client, readAt: Date.now() })
  return client
}

/** Which client a key belongs to, checked against its stored hash in constant time. */
export const checkApiKey = async (payload: Payload, key: string): Promise<ApiKeyCheck> => {
  const prefix = prefixOf(key)
  const client = prefix ? await clientByPrefix(payload, prefix) : null
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
