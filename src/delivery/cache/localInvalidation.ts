import type { Payload } from 'payload'

import type { CacheChange } from './changes'

type LocalChanges = {
  epoch: number
  changedAt: number
  /** The generation value the latest change writes, when it was made here (see `noteLocalChange`). */
  token?: string
  /** The changes of the latest epochs (the cache drops what each touches, then forgets them). */
  recent: { epoch: number; changes: CacheChange[] }[]
}

/** More local changes than this between two reads by the cache: it drops everything instead. */
const KEEP_RECENT = 100

/**
 * Changes made through this Payload instance, counted so its own cache drops them at once instead
 * of waiting for the next database read of the generation. Per instance, so that two instances in
 * one process (the tests) behave like two servers.
 */
const changes = new WeakMap<Payload, LocalChanges>()

const changesOf = (payload: Payload): LocalChanges => {
  let entry = changes.get(payload)
  if (!entry) changes.set(payload, (entry = { epoch: 0, changedAt: 0, recent: [] }))
  return entry
}

const listeners = new WeakMap<Payload, Set<() => void>>()

/** Calls `listener` after each local change (the cache revalidates its hot answers then). */
export const onLocalChange = (payload: Payload, listener: () => void): void => {
  let set = listeners.get(payload)
  if (!set) listeners.set(payload, (set = new Set()))
  set.add(listener)
}

/**
 * Notes a change, before it commits. `token` is the generation value the change writes in its
 * transaction: once a read of the generation returns it, the change is committed (a reader sees
 * only committed rows), and answers computed from then on may be kept at once.
 */
export const noteLocalChange = (payload: Payload, changed: CacheChange[], token?: string): void => {
  const entry = changesOf(payload)
  entry.epoch += 1
  entry.changedAt = Date.now()
  entry.token = token
  entry.recent.push({ epoch: entry.epoch, changes: changed })
  if (entry.recent.length > KEEP_RECENT) entry.recent.shift()
  for (const listener of listeners.get(payload) ?? []) listener()
}

export const localEpoch = (payload: Payload): number => changesOf(payload).epoch
export const lastLocalChangeAt = (payload: Payload): number => changesOf(payload).changedAt
/** The generation value the latest local change writes; undefined when another process made it. */
export const lastLocalChangeToken = (payload: Payload): string | undefined =>
  changesOf(payload).token

/** The local changes after `epoch`, or undefined when some of them are no longer known. */
export const localChangesSince = (payload: Payload, epoch: number): CacheChange[] | undefined => {
  const { recent, epoch: current } = changesOf(payload)
  const after = recent.filter((entry) => entry.epoch > epoch)
  if (after.length !== current - epoch) return undefined
  return after.flatMap((entry) => entry.changes)
}
