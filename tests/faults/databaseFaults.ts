import { createRequire } from 'node:module'

import { testDatabaseKind } from '../helpers/database'

// Drivers the adapters bring along, used here to break the database from the outside, as another
// process or an operator would: the product itself never talks to a driver.
const require = createRequire(import.meta.url)

type SqliteConnection = { exec: (sql: string) => void; close: () => void }
type PgClient = {
  connect: () => Promise<void>
  query: (sql: string, values?: unknown[]) => Promise<unknown>
  end: () => Promise<void>
}

/** Whether `cutDatabase` can simulate an outage on this run's database. */
export const canCutDatabase = (): boolean => testDatabaseKind() !== 'mongodb'

/**
 * Makes the database unusable for the server until the returned `restore` is called.
 * - SQLite: another connection holds an EXCLUSIVE lock (a backup tool, a stuck process): every
 *   read and write of the server fails with SQLITE_BUSY.
 * - PostgreSQL: the test file's database stops accepting connections and every open connection
 *   to it is terminated (`pg_terminate_backend`), as when the server restarts or the network drops.
 */
export const cutDatabase = async (databaseUri: string): Promise<() => Promise<void>> => {
  if (testDatabaseKind() === 'sqlite') {
    const Database = require('libsql') as new (path: string) => SqliteConnection
    const holder = new Database(databaseUri.slice('file:'.length))
    holder.exec('BEGIN EXCLUSIVE')
    return async () => {
      holder.exec('ROLLBACK')
      holder.close()
    }
  }
  if (testDatabaseKind() === 'postgres') {
    const url = new URL(databaseUri)
    const name = decodeURIComponent(url.pathname.slice(1))
    url.pathname = '/postgres'
    const { Client } = require('pg') as { Client: new (options: object) => PgClient }
    const admin = new Client({ connectionString: url.toString() })
    await admin.connect()
    const quoted = `"${name.replace(/"/g, '""')}"`
    await admin.query(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS false`)
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    )
    return async () => {
      await admin.query(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS true`)
      await admin.end()
    }
  }
  throw new Error('cutDatabase: no outage simulation for MongoDB')
}
