import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { CacheChange } from './changes'
import { recordChanges } from './changes'
import { noteLocalChange } from './localInvalidation'

/** The `payload-kv` row whose value changes whenever delivered content changes. */
export const GENERATION_KEY = 'delivery-cache-generation'

/** Creates the row once, so that hooks only ever update it (no create race between processes). */
export const ensureGeneration = async (payload: Payload): Promise<void> => {
  if (!(await payload.kv.has(GENERATION_KEY))) {
    await payload.kv.set(GENERATION_KEY, { token: randomUUID() })
  }
}

/**
 * Tells every cache what changed: this process's at once, the others through the database. The
 * generation gets a new value inside the change's own transaction (`req`): other processes see it
 * only once the change is committed, so they never cache the old content under it (a random value
 * rather than a counter needs no read-modify-write), and read the change rows written beside it to
 * drop only what the changes touch.
 */
export const invalidateDelivered = async (
  req: PayloadRequest,
  changes: CacheChange[],
): Promise<void> => {
  noteLocalChange(req.payload, changes)
  await recordChanges(req, changes)
  const { errors } = await req.payload.update({
    collection: 'payload-kv',
    where: { key: { equals: GENERATION_KEY } },
    // An object: the JSON field refuses a bare string.
    data: { data: { token: randomUUID() } },
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
