import type { PayloadRequest } from 'payload'

import { withSharedLock } from '@/cluster/lock'

const queues = new Map<string, Promise<void>>()

/** Keys that name one database transaction: only its own process ever asks for them. */
const TRANSACTION_KEY_PREFIX = 'workflow:chain:'

/**
 * Runs `task` after every earlier task with the same key has finished, in this process, and,
 * with `REDIS_URL` set, while no other instance of the cluster holds the key either (see
 * src/cluster/lock.ts). Keeps workflow writes from interleaving where the database gives no
 * isolation of its own. Waiters of one process queue here first, so each asks Redis once.
 */
export const withLock = async <T>(key: string, task: () => Promise<T>): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve()
  let release = () => {}
  const current = new Promise<void>((resolve) => (release = resolve))
  const tail = previous.then(() => current)
  queues.set(key, tail)
  await previous
  try {
    return key.startsWith(TRANSACTION_KEY_PREFIX) ? await task() : await withSharedLock(key, task)
  } finally {
    release()
    if (queues.get(key) === tail) queues.delete(key)
  }
}

/** One at a time per process: every transition, so concurrent requests see each other's result. */
export const TRANSITION_LOCK = 'workflow:transition'

/**
 * Appends to the history chain one at a time. Inside a database transaction the key is the
 * transaction's (its appends must not race each other; other transactions are kept apart by the
 * unique sequence), so no append ever waits here on a lock another transaction holds in the
 * database. Without transactions (SQLite) there is one key for the whole process.
 */
export const chainLockKey = async (req: PayloadRequest): Promise<string> => {
  const transactionID = await req.transactionID
  return transactionID ? `${TRANSACTION_KEY_PREFIX}${String(transactionID)}` : 'workflow:chain'
}
