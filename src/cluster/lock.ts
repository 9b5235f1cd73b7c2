import { randomUUID } from 'node:crypto'

import { APIError } from 'payload'

import { sharedRedis } from './redis'

/** A holder that dies keeps the lock this long at most; a live one renews it every third of it. */
const LEASE_MS = 15_000
/** How long a waiter tries before it gives up with a 503 (a transition normally takes well under 1 s). */
const WAIT_MS = 60_000
const POLL_MIN_MS = 10
const POLL_MAX_MS = 100

// Deletes or extends the lock only while it is still this holder's (the token), in one step.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const unavailable = (error?: unknown) =>
  new APIError(
    'The shared lock (Redis) is unavailable: nothing was changed, try again in a moment.',
    503,
    error instanceof Error ? { cause: error.message } : undefined,
    true,
  )

/**
 * Runs `task` while holding `key` in Redis (`SET NX PX` with a token, renewed while the task runs,
 * released only by its holder): one holder across every instance of a cluster. Without
 * `REDIS_URL` it runs `task` at once (the caller's in-process queue is the whole lock then).
 */
export const withSharedLock = async <T>(key: string, task: () => Promise<T>): Promise<T> => {
  const redis = sharedRedis()
  if (!redis) return task()
  const name = `kexie:lock:${key}`
  const token = randomUUID()
  const giveUpAt = Date.now() + WAIT_MS
  let delay = POLL_MIN_MS
  for (;;) {
    let acquired: string | null
    try {
      acquired = await redis.set(name, token, 'PX', LEASE_MS, 'NX')
    } catch (error) {
      throw unavailable(error)
    }
    if (acquired === 'OK') break
    if (Date.now() > giveUpAt) throw unavailable()
    await sleep(delay + Math.random() * delay)
    delay = Math.min(POLL_MAX_MS, delay * 2)
  }
  const renew = setInterval(() => {
    redis.eval(RENEW, 1, name, token, LEASE_MS).catch(() => undefined)
  }, LEASE_MS / 3)
  renew.unref()
  try {
    return await task()
  } finally {
    clearInterval(renew)
    await redis.eval(RELEASE, 1, name, token).catch(() => undefined)
  }
}
