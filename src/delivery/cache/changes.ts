import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

/**
 * What changed for readers: one document (`id`, with its `slug` when known) or, without one,
 * everything of `collection` (`globals:<slug>` for a global). The cache drops only the answers a
 * change can touch (./entryTags.ts).
 */
export type CacheChange = { collection: string; id?: string; slug?: string }

/** `payload-kv` rows `delivery-cache-change:<ms>:<uuid>`, one per change, for other processes. */
const PREFIX = 'delivery-cache-change:'
/** After the prefix in key order: the end of the range of change rows. */
const AFTER_PREFIX = 'delivery-cache-change;'
/** Change rows older than this are deleted: every process has read them long before. */
export const CHANGE_ROWS_KEPT_MS = 10 * 60 * 1000

export type ChangeRow = { key: string; changes: CacheChange[] }

// Millisecond times have 13 digits until the year 2286, so the keys sort as the times do.
const keyAt = (ms: number) => `${PREFIX}${ms}`

/**
 * Records the change in the change's own transaction (`req`), beside the generation move: a
 * process that sees the new generation finds the row too. Rows are inserted, never updated, so
 * concurrent changes on several processes cannot overwrite each other's.
 */
export const recordChanges = async (req: PayloadRequest, changes: CacheChange[]): Promise<void> => {
  const now = Date.now()
  // The key-value store is internal: no user may write it, the cache does on every user's behalf.
  await req.payload.create({
    collection: 'payload-kv',
    data: { key: `${keyAt(now)}:${randomUUID()}`, data: { changes } },
    req,
    overrideAccess: true,
  })
  await req.payload.delete({
    collection: 'payload-kv',
    where: {
      and: [{ key: { greater_than: PREFIX } }, { key: { less_than: keyAt(now - CHANGE_ROWS_KEPT_MS) } }],
    },
    req,
    overrideAccess: true,
  })
}

/** The `slug` of a change to `doc`, when it has one. */
export const slugOf = (doc: unknown): { slug?: string } => {
  const slug = (doc as { slug?: unknown } | null | undefined)?.slug
  return typeof slug === 'string' && slug !== '' ? { slug } : {}
}

/** Whether a change read back (a change row, a message from another instance) is well formed. */
export const isCacheChange = (change: unknown): change is CacheChange => {
  const { collection, id, slug } = (change ?? {}) as Record<string, unknown>
  return (
    typeof collection === 'string' &&
    (id === undefined || typeof id === 'string') &&
    (slug === undefined || typeof slug === 'string')
  )
}

/** The change rows written since `sinceMs` (by their writer's clock). */
export const readChangesSince = async (payload: Payload, sinceMs: number): Promise<ChangeRow[]> => {
  const { docs } = await payload.find({
    collection: 'payload-kv',
    where: {
      and: [
        { key: { greater_than_equal: keyAt(Math.max(0, sinceMs)) } },
        { key: { less_than: AFTER_PREFIX } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => ({
    key: String(doc.key),
    changes: ((doc.data as { changes?: CacheChange[] } | null)?.changes ?? []).filter(isCacheChange),
  }))
}
