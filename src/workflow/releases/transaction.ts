import { beginTransaction } from '@payloadcms/drizzle'
import type { PayloadRequest } from 'payload'
import { initTransaction } from 'payload'

import { SQLITE_BUSY_TIMEOUT_MS } from '@/database'

type Statement = string | { sql?: string }
type LibsqlClient = {
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (statements: Statement[], ...rest: unknown[]) => Promise<unknown>
}
type SqliteAdapter = { name: string; client?: LibsqlClient }

const sqliteOf = (req: PayloadRequest): null | SqliteAdapter => {
  const db = req.payload.db as unknown as SqliteAdapter
  return db.name === 'sqlite' ? db : null
}

/**
 * How long an in-process write waits for a release's SQLite transaction before trying anyway (and
 * meeting the lock): far longer than a publish of hundreds of items takes, short of forever.
 */
const GATE_TIMEOUT_MS = 60_000

type Gate = { wait: Promise<void>; open: () => void }
const gates = new WeakMap<object, Gate>()
const GATED = Symbol('release-write-gate')

const isRead = (statement: Statement): boolean => {
  const sql = typeof statement === 'string' ? statement : (statement?.sql ?? '')
  return /^\s*(select|pragma|with|explain)\b/i.test(sql)
}

const waitForGate = async (client: object): Promise<void> => {
  const gate = gates.get(client)
  if (!gate) return
  await Promise.race([gate.wait, new Promise((resolve) => setTimeout(resolve, GATE_TIMEOUT_MS))])
}

/**
 * While a release's transaction holds SQLite's write lock on its own connection, the process's
 * other writes (requests, the jobs queue) would meet that lock on the main connection and fail at
 * once: libsql runs local statements synchronously, so a busy wait would stall the event loop and
 * the transaction with it. Instead they wait here, asynchronously, until the release commits or
 * rolls back, as they would wait for a lock. Reads go on and see the state before the release.
 */
const installGate = (client: LibsqlClient & { [GATED]?: true }): void => {
  if (client[GATED]) return
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  client.execute = async (statement, ...rest) => {
    if (!isRead(statement)) await waitForGate(client)
    return execute(statement, ...rest)
  }
  client.batch = async (statements, ...rest) => {
    if (!statements.every(isRead)) await waitForGate(client)
    return batch(statements, ...rest)
  }
  client[GATED] = true
}

/**
 * Begins the one database transaction a release's transition runs in. PostgreSQL and MongoDB (a
 * replica set) get Payload's own, as every transition does. On SQLite Payload is configured
 * without transactions (src/database.ts), so a release opens one itself with the adapter's own
 * transaction code (drizzle's, `BEGIN IMMEDIATE` on a libsql connection of its own): publishing
 * thirty documents must be all or nothing, and crash-ordering alone cannot give that. True when
 * this call began it.
 */
export const initReleaseTransaction = async (req: PayloadRequest): Promise<boolean> => {
  const sqlite = sqliteOf(req)
  if (!sqlite?.client || (await req.transactionID)) return initTransaction(req)
  installGate(sqlite.client)
  let open = () => {}
  const wait = new Promise<void>((resolve) => (open = resolve))
  gates.set(sqlite.client, { wait, open })
  try {
    const id = await beginTransaction.call(req.payload.db as never, { behavior: 'immediate' })
    if (id === null) throw new Error('the SQLite adapter began no transaction')
    req.transactionID = id
    return true
  } catch (error) {
    await endReleaseTransaction(req)
    throw error
  }
}

/**
 * After a release's SQLite transaction (committed or rolled back): libsql handed the connection it
 * had to the transaction and opened a fresh one for everything else, without the busy timeout the
 * adapter set on connect. The timeout is set again, then the waiting writes go on.
 */
export const endReleaseTransaction = async (req: PayloadRequest): Promise<void> => {
  const sqlite = sqliteOf(req)
  if (!sqlite?.client) return
  try {
    await sqlite.client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`)
  } finally {
    gates.get(sqlite.client)?.open()
    gates.delete(sqlite.client)
  }
}

/**
 * A pause for the event loop, for long batches inside a transaction (a release's items, a
 * roster's rows): libsql answers local statements synchronously, so a loop of awaited writes never
 * reaches the event loop's other phases on its own. Other requests (reads, health checks) would
 * wait for the whole batch, and so would the finalizers that free each prepared statement's native
 * memory: a 5,000-row import held several hundred MB until it ended.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** How many writes a batch makes between two pauses for the event loop. */
export const WRITES_PER_YIELD = 20
