import { mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { ConfigError, settings } from './env'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** The URI handed to the adapter (for SQLite an absolute `file:` URL). */
  url: string
  /** host:port to probe before connecting; absent where no single host applies. */
  host?: { hostname: string; port: number }
}

export const DEFAULT_DATABASE_URI = 'file:./data/kexie.db'

/**
 * How long a SQLite statement waits for a lock another connection holds before it fails with
 * SQLITE_BUSY. Without it (the adapter's default is 0) any overlap fails at once: a second server
 * process, a script, the start-up ANALYZE or the jobs queue writing while a request reads. Long
 * enough to outwait another connection's write (milliseconds), short enough that a database that
 * stays locked (a backup tool holding an exclusive lock) still answers a fast 503
 * (docs/reliability.md). Payload's SQLite adapter runs without transactions, so its one libsql
 * connection is the only one and gets this on connect. The rollback journal is kept (no WAL): an
 * exclusive lock must keep stopping readers too, and the file stays a single file to copy.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 1500

const migrationDir = (kind: 'postgres' | 'sqlite') =>
  path.resolve(process.cwd(), 'src', 'migrations', kind)

/** Reads `DATABASE_URI` and says which database it names; a malformed value is a ConfigError. */
export const parseDatabaseUri = (raw = settings().DATABASE_URI): DatabaseTarget => {
  const uri = (raw || DEFAULT_DATABASE_URI).trim()

  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file || file.endsWith('/')) {
      throw new ConfigError(
        'DATABASE_URI',
        `"${uri}" names no SQLite file (e.g. file:./data/kexie.db)`,
      )
    }
    return { kind: 'sqlite', url: `file:${path.resolve(file)}` }
  }

  const scheme = uri.split(':', 1)[0]
  const kind: DatabaseKind | undefined =
    scheme === 'mongodb' || scheme === 'mongodb+srv'
      ? 'mongodb'
      : scheme === 'postgres' || scheme === 'postgresql'
        ? 'postgres'
        : undefined
  if (!kind || !uri.includes('://')) {
    throw new ConfigError(
      'DATABASE_URI',
      `unsupported value "${redact(uri)}": use file:<path>, mongodb://, mongodb+srv:// or postgres://`,
    )
  }

  let parsed: URL
  try {
    // Replica-set URIs list several hosts; the first one is enough to tell whether it parses.
    parsed = new URL(uri.replace(/@([^/?]*?),[^/?]*/, '@$1'))
  } catch {
    throw new ConfigError('DATABASE_URI', `"${redact(uri)}" is not a valid URI`)
  }
  if (!parsed.hostname) {
    throw new ConfigError('DATABASE_URI', `"${redact(uri)}" names no host`)
  }
  const isSrv = scheme === 'mongodb+srv'
  const port = Number(parsed.port || (kind === 'postgres' ? 5432 : 27017))
  return {
    kind,
    url: uri,
    host: isSrv ? undefined : { hostname: parsed.hostname.replace(/^\[|\]$/g, ''), port },
  }
}

type ParentIndex = (name: string) => { on: (column: never) => unknown }
type SchemaHookArgs<Schema extends { tables: Record<string, unknown> }> = {
  schema: Schema
  extendTable: (args: {
    table: never
    extraConfig: (columns: Record<string, unknown>) => object
  }) => void
}

/**
 * An index on `_parent_id` in every localized fields' table (`articles_locales`). Payload gives
 * them a unique index on (`_locale`, `_parent_id`) only, which a read of every locale
 * (`locale: 'all'`: the search index, a release's items) cannot use: SQLite then scans the whole
 * table for each document, 70 ms a document at 50,000 articles.
 * https://payloadcms.com/docs/database/postgres#afterschemainit
 */
const indexLocalesByParent =
  (index: ParentIndex) =>
  <Schema extends { tables: Record<string, unknown> }>({
    schema,
    extendTable,
  }: SchemaHookArgs<Schema>): Schema => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith('_locales')) continue
      extendTable({
        table: table as never,
        extraConfig: (columns) => ({
          parentIndex: index(`${name}_parent_id_idx`).on(columns._parentID as never),
        }),
      })
    }
    return schema
  }

/** The Payload adapter for `DATABASE_URI`; the only place that knows which database is in use. */
export const databaseAdapter = (target = parseDatabaseUri()): DatabaseAdapterObj => {
  switch (target.kind) {
    case 'sqlite': {
      mkdirSync(path.dirname(target.url.slice('file:'.length)), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        idType: 'uuid',
        migrationDir: migrationDir('sqlite'),
        afterSchemaInit: [indexLocalesByParent(sqliteIndex as unknown as ParentIndex)],
      })
    }
    case 'postgres':
      return withPoolErrorsHandled(
        postgresAdapter({
          pool: { connectionString: target.url, connectionTimeoutMillis: 5000 },
          idType: 'uuid',
          migrationDir: migrationDir('postgres'),
          afterSchemaInit: [indexLocalesByParent(postgresIndex as unknown as ParentIndex)],
          // The search's full-text table is made by hand-written SQL (src/delivery/search/fullText):
          // the development push must neither drop it nor offer to.
          tablesFilter: ['!search_fts'],
        }),
      )
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: 5000 },
      })
  }
}

type PoolHolder = {
  pool?: { on: (event: 'error', listener: (error: Error) => void) => void }
  payload: { logger: { warn: (object: object, message: string) => void } }
}

/**
 * node-postgres emits 'error' on the pool when the server ends an idle connection (a restart,
 * `pg_terminate_backend`, a network cut), and Payload's adapter does not listen to it: unhandled,
 * that event would end the whole process. Logged instead; the pool opens new connections itself.
 */
const withPoolErrorsHandled = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const connect = adapter.connect
    if (!connect) return adapter
    adapter.connect = async function (this: unknown, ...connectArgs) {
      await connect.apply(this ?? adapter, connectArgs)
      const holder = adapter as unknown as PoolHolder
      holder.pool?.on('error', (error) =>
        holder.payload.logger.warn({ err: error }, 'postgres: an idle connection was closed'),
      )
    }
    return adapter
  },
})

/**
 * Fails fast, with one line, when the database host does not accept connections, instead of
 * letting a driver retry or print a stack trace. SQLite needs only its folder to be writable.
 */
export const assertDatabaseReachable = async (
  target = parseDatabaseUri(),
  timeoutMs = 3000,
): Promise<void> => {
  if (target.kind === 'sqlite') {
    const dir = path.dirname(target.url.slice('file:'.length))
    try {
      mkdirSync(dir, { recursive: true })
    } catch (error) {
      throw new ConfigError(
        'DATABASE_URI',
        `cannot create the SQLite folder ${dir}: ${reason(error)}`,
      )
    }
    return
  }
  if (!target.host) return
  const { hostname, port } = target.host
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host: hostname, port })
    const fail = (why: string) => {
      socket.destroy()
      reject(
        new ConfigError(
          'DATABASE_URI',
          `cannot reach the ${target.kind} server at ${hostname}:${port} (${why})`,
        ),
      )
    }
    socket.setTimeout(timeoutMs, () => fail(`no answer within ${timeoutMs} ms`))
    socket.once('error', (error) => fail(reason(error)))
    socket.once('connect', () => {
      socket.end()
      resolve()
    })
  })
}

/**
 * Refreshes the statistics the SQL query planner chooses indexes by. SQLite keeps none until
 * `ANALYZE` runs, and without them it plans Payload's list query badly: it reads every published
 * row through the `_status` index and sorts them, and scans a whole `_locales` table for each row
 * (the locale subquery filters on `_parent_id` alone, and the only index there starts with
 * `_locale`). Measured on 2,000 articles: 47 ms for one page without statistics, 0.5 ms with
 * them. A full ANALYZE, not a sampled one (`analysis_limit`): on 50,000 articles sampled
 * statistics send the same query back to the `_status` index (21 ms instead of 0.3 ms), and the
 * full one takes well under a second (docs/performance.md). PostgreSQL's autovacuum analyzes on
 * its own, but only some time after a migration or bulk load. MongoDB needs nothing.
 */
export const refreshPlannerStatistics = async (payload: Payload): Promise<void> => {
  if (payload.db.name === 'sqlite') {
    await (payload.db as unknown as SQLiteAdapter).drizzle.run(sql.raw('ANALYZE'))
  } else if (payload.db.name === 'postgres') {
    await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql.raw('ANALYZE'))
  }
}

/** Hides the password in a URI before it is printed. */
export const redact = (uri: string): string => uri.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@')

const reason = (error: unknown): string =>
  (error as NodeJS.ErrnoException)?.code || (error as Error)?.message || String(error)

// What each driver says when the database cannot be used at all (as opposed to a query it refused):
// SQLite locked by another process, unreadable, on a failing or full disk; PostgreSQL gone, shut
// down, refusing connections (SQLSTATE class 08 and 57P01-57P03); MongoDB unreachable.
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|READONLY|FULL|PROTOCOL|NOTADB)/
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'])
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300)$/
const MONGO_UNAVAILABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'PoolClearedError',
])
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i, // node-postgres, when the server closes the socket
  /not currently accepting connections/i, // PostgreSQL, a database closed to connections
  /timeout exceeded when trying to connect/i, // node-postgres pool
  /cannot begin transaction/i, // Payload's SQL adapters, when the connection fails first
]

/**
 * Whether an error means the database is unreachable or unusable right now, so a request should
 * be answered 503 (try again later) rather than 500 (a bug). Looks through wrapped causes: Drizzle
 * and Payload wrap the driver's error.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, name, message, cause, originalError } = current as {
      code?: unknown
      name?: unknown
      message?: unknown
      cause?: unknown
      originalError?: unknown
    }
    const codeText = typeof code === 'string' ? code : ''
    if (SQLITE_UNAVAILABLE.test(codeText) || NETWORK_CODES.has(codeText)) return true
    if (POSTGRES_UNAVAILABLE.test(codeText)) return true
    if (typeof name === 'string' && MONGO_UNAVAILABLE.has(name)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(message))) {
      return true
    }
    current = cause ?? originalError
  }
  return false
}

// PostgreSQL's answers to a value or operator that does not fit the column: a malformed uuid,
// number or date (22P02, 22007, 22008, 22003), or an operator the column's type lacks, such as
// `like` on a JSON column (42883). https://www.postgresql.org/docs/current/errcodes-appendix.html
const POSTGRES_INVALID_INPUT = new Set(['22P02', '22007', '22008', '22003', '42883'])

/**
 * Whether an error means the client's query does not fit the data (a filter value or operator of
 * the wrong type), so the answer is 400, not 500. SQLite compares any value with any column and
 * never raises these; MongoDB's driver raises a CastError.
 */
export const isInvalidQueryInput = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, name, cause, originalError } = current as {
      code?: unknown
      name?: unknown
      cause?: unknown
      originalError?: unknown
    }
    if (typeof code === 'string' && POSTGRES_INVALID_INPUT.has(code)) return true
    if (name === 'CastError') return true
    current = cause ?? originalError
  }
  return false
}
