import { mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { ConfigError } from './env'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** The URI handed to the adapter (for SQLite an absolute `file:` URL). */
  url: string
  /** host:port to probe before connecting; absent where no single host applies. */
  host?: { hostname: string; port: number }
}

export const DEFAULT_DATABASE_URI = 'file:./data/kexie.db'

const migrationDir = (kind: 'postgres' | 'sqlite') =>
  path.resolve(process.cwd(), 'src', 'migrations', kind)

/** Reads `DATABASE_URI` and says which database it names; a malformed value is a ConfigError. */
export const parseDatabaseUri = (raw = process.env.DATABASE_URI): DatabaseTarget => {
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

/** The Payload adapter for `DATABASE_URI`; the only place that knows which database is in use. */
export const databaseAdapter = (target = parseDatabaseUri()): DatabaseAdapterObj => {
  switch (target.kind) {
    case 'sqlite': {
      mkdirSync(path.dirname(target.url.slice('file:'.length)), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        idType: 'uuid',
        migrationDir: migrationDir('sqlite'),
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url, connectionTimeoutMillis: 5000 },
        idType: 'uuid',
        migrationDir: migrationDir('postgres'),
      })
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: 5000 },
      })
  }
}

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
