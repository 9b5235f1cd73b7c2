import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { publishShared, subscribeShared } from '@/cluster/redis'

import type { CacheChange } from './changes'
import { isCacheChange, recordChanges } from './changes'
import { noteLocalChange } from './localInvalidation'

/** The Redis channel on which instances tell each other what changed (with `REDIS_URL`). */
const CHANGES_CHANNEL = 'kexie:delivery-cache:changes'

/** The `payload-kv` row whose value changes whenever delivered content changes. */
export const GENERATION_KEY = 'delivery-cache-generation'

/** Creates the row once, so that hooks only ever update it (no create race between processes). */
export const ensureGeneration = async (payload: Payload): Promise<void> => {
  if (!(await payload.kv.has(GENERATION_KEY))) {
    await payload.kv.set(GENERATION_KEY, { token: randomUUID() })
  }
}

/**
 * Tells every cache what changed: this process's at once; with `REDIS_URL` the other instances'
 * at once too (a message on CHANGES_CHANNEL: they check the generation on every read of an answer
 * it touches, until the change is committed); and the others always through the database. The
 * generation gets a new value inside the change's own transaction (`req`): other processes see it
 * only once the change is committed, so they never cache the old content under it (a random value
 * rather than a counter needs no read-modify-write), and read the change rows written beside it to
 * drop only what the changes touch.
 */
export const invalidateDelivered = async (
  req: PayloadRequest,
  changes: CacheChange[],
): Promise<void> => {
  const token = randomUUID()
  noteLocalChange(req.payload, changes, token)
  // Sent before the change commits: a receiver keeps serving the answers it touches, reading the
  // generation on each of their reads, and drops them when the move below is seen; the generation
  // row also catches what a lost message would miss.
  await publishShared(CHANGES_CHANNEL, changes).catch((error: unknown) =>
    req.payload.logger.warn(
      { err: error },
      'delivery cache: change not sent to the other instances',
    ),
  )
  await recordChanges(req, changes)
  const { errors } = await req.payload.update({
    collection: 'payload-kv',
    where: { key: { equals: GENERATION_KEY } },
    // An object: the JSON field refuses a bare string.
    data: { data: { token } },
    req,
    // The key-value store is internal: no user may write it, the hooks do on every user's behalf.
    overrideAccess: true,
  })
  // Failing the editor's save would be worse than a cache that lags until its entries age out.
  if (errors.length > 0)
    req.payload.logger.error({ errors }, 'delivery cache: generation not moved')
}

/** The current generation as committed in the database. */
export const readGeneration = async (payload: Payload): Promise<string> =>
  (await payload.kv.get<{ token?: string }>(GENERATION_KEY))?.token ?? ''

/**
 * Marks, in this instance's cache, what the other instances report changed (with `REDIS_URL`):
 * those answers are served until the change is seen committed, then dropped, without waiting for
 * the generation's usual read interval.
 */
export const listenForRemoteChanges = (payload: Payload): Promise<unknown> =>
  subscribeShared(CHANGES_CHANNEL, (message) => {
    if (!Array.isArray(message)) return
    noteLocalChange(payload, message.filter(isCacheChange))
  })
