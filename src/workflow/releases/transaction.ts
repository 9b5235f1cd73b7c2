import { beginTransaction } from '@payloadcms/drizzle'
import type { PayloadRequest } from 'payload'
import { initTransaction } from 'payload'

import { SQLITE_BUSY_TIMEOUT_MS } from '@/database'

type SqliteAdapter = { name: string; client?: { execute: (sql: string) => Promise<unknown> } }

const isSqlite = (req: PayloadRequest) =>
  (req.payload.db as unknown as SqliteAdapter).name === 'sqlite'

/**
 * Begins the one database transaction a release's transition runs in. PostgreSQL and MongoDB (a
 * replica set) get Payload's own, as every transition does. On SQLite Payload is configured
 * without transactions (src/database.ts), so a release opens one itself with the adapter's own
 * transaction code (drizzle's `BEGIN IMMEDIATE` on libsql): publishing thirty documents must be
 * all or nothing, and crash-ordering alone cannot give that. True when this call began it.
 */
export const initReleaseTransaction = async (req: PayloadRequest): Promise<boolean> => {
  if (!isSqlite(req) || (await req.transactionID)) return initTransaction(req)
  const id = await beginTransaction.call(req.payload.db as never, { behavior: 'immediate' })
  if (id === null) return false
  req.transactionID = id
  return true
}

/**
 * After a release's SQLite transaction: libsql hands the connection it had to the transaction and
 * opens a fresh one for everything else, without the busy timeout the adapter set on connect.
 * The timeout is set again so later writers wait for a lock instead of failing at once.
 */
export const endReleaseTransaction = async (req: PayloadRequest): Promise<void> => {
  if (!isSqlite(req)) return
  await (req.payload.db as unknown as SqliteAdapter).client?.execute(
    `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`,
  )
}
