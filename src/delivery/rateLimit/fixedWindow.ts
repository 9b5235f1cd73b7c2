type Bucket = { count: number; resetAt: number }

/** Above this many tracked clients, expired buckets are swept before a new one is added. */
const SWEEP_ABOVE = 10_000

/**
 * Counts hits per key in fixed windows, in memory: each server process limits on its own, which
 * bounds abuse well enough without a shared store.
 */
export const fixedWindow = (max: number, windowMs: number) => {
  const buckets = new Map<string, Bucket>()

  /** Counts a hit; returns the seconds to wait when `key` is over the limit, else undefined. */
  return (key: string, now = Date.now()): number | undefined => {
    let bucket = buckets.get(key)
    if (!bucket || bucket.resetAt <= now) {
      if (buckets.size > SWEEP_ABOVE) {
        for (const [other, { resetAt }] of buckets) if (resetAt <= now) buckets.delete(other)
      }
      bucket = { count: 0, resetAt: now + windowMs }
      buckets.set(key, bucket)
    }
    bucket.count += 1
    return bucket.count > max ? Math.ceil((bucket.resetAt - now) / 1000) : undefined
  }
}
