import type { PublishedStats } from './computeStats'

/** A safety net for changes no hook saw (another server process, a restore): a minute at most. */
const MAX_AGE_MS = 60_000
/**
 * Hooks run before their transaction commits, so counts taken just after an invalidation may not
 * include the change yet: such counts are served but not kept.
 */
const SETTLE_MS = 1_000

type Entry = { stats: PublishedStats; generation: number; takenAt: number }

const entries = new Map<string, Entry>()
const inFlight = new Map<string, Promise<PublishedStats>>()
let generation = 0
let invalidatedAt = 0

/** Forgets every cached answer; the next request counts again. */
export const invalidateStats = (): void => {
  generation += 1
  invalidatedAt = Date.now()
  entries.clear()
  inFlight.clear()
}

/** The cached stats of `locale`, or fresh ones from `compute` (one computation at a time). */
export const cachedStats = async (
  locale: string,
  compute: () => Promise<PublishedStats>,
): Promise<PublishedStats> => {
  const entry = entries.get(locale)
  if (entry && entry.generation === generation && Date.now() - entry.takenAt < MAX_AGE_MS) {
    return entry.stats
  }
  const running = inFlight.get(locale)
  if (running) return running

  const startedGeneration = generation
  const takenAt = Date.now()
  const computation = compute().finally(() => {
    if (inFlight.get(locale) === computation) inFlight.delete(locale)
  })
  inFlight.set(locale, computation)
  const stats = await computation
  if (generation === startedGeneration && takenAt - invalidatedAt > SETTLE_MS) {
    entries.set(locale, { stats, generation, takenAt })
  }
  return stats
}
