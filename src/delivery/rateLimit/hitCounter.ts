import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { sharedRedis } from '@/cluster/redis'

import { fixedWindow } from './fixedWindow'

/** Counts a hit for `key`; resolves with the seconds to wait when it is over the limit, else undefined. */
export type HitCounter = (key: string) => Promise<number | undefined>

/**
 * `max` hits per `windowMs` for each key. With `REDIS_URL` the count is the cluster's
 * (`rate-limiter-flexible`'s Redis store), so a client cannot multiply its limit by the number of
 * instances; while Redis is away each process counts on its own (the insurance limiter) rather
 * than refusing or waving everyone through. Without `REDIS_URL`: in memory, as on one machine.
 * https://github.com/animir/node-rate-limiter-flexible/wiki/Redis
 */
export const hitCounter = (name: string, max: number, windowMs: number): HitCounter => {
  const redis = sharedRedis()
  if (!redis) {
    const count = fixedWindow(max, windowMs)
    return async (key) => count(key)
  }
  const duration = Math.ceil(windowMs / 1000)
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `kexie:rate:${name}`,
    points: max,
    duration,
    insuranceLimiter: new RateLimiterMemory({
      keyPrefix: `kexie:rate:${name}`,
      points: max,
      duration,
    }),
  })
  return async (key) => {
    try {
      await limiter.consume(key)
      return undefined
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes)
        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
      throw refusal
    }
  }
}
