import type { Payload } from 'payload'

type LocalChanges = { epoch: number; changedAt: number }

/**
 * Changes made through this Payload instance, counted so its own cache drops them at once instead
 * of waiting for the next database read of the generation. Per instance, so that two instances in
 * one process (the tests) behave like two servers.
 */
const changes = new WeakMap<Payload, LocalChanges>()

const changesOf = (payload: Payload): LocalChanges => {
  let entry = changes.get(payload)
  if (!entry) changes.set(payload, (entry = { epoch: 0, changedAt: 0 }))
  return entry
}

export const noteLocalChange = (payload: Payload): void => {
  const entry = changesOf(payload)
  entry.epoch += 1
  entry.changedAt = Date.now()
}

export const localEpoch = (payload: Payload): number => changesOf(payload).epoch
export const lastLocalChangeAt = (payload: Payload): number => changesOf(payload).changedAt
