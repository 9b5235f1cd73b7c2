import { randomBytes } from 'node:crypto'
import path from 'node:path'

export type TestDatabase = 'mongodb' | 'postgres' | 'sqlite'

export const testDatabaseKind = (): TestDatabase =>
  (process.env.KEXIE_TEST_DATABASE as TestDatabase | undefined) ?? 'sqlite'

/**
 * A DATABASE_URI for a fresh, empty database of its own on the run's database server, so test
 * files never see each other's documents.
 */
export const freshDatabaseUri = (label: string): string => {
  const base = process.env.KEXIE_TEST_DB_BASE
  if (!base) throw new Error('KEXIE_TEST_DB_BASE is not set: run the tests through jest (npm test)')
  const name = `kexie_${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`
  switch (testDatabaseKind()) {
    case 'sqlite':
      return `file:${path.join(base, `${name}.db`)}`
    case 'postgres':
      return withDatabaseName(base, name)
    case 'mongodb':
      return withDatabaseName(base, name, { keepAuthSource: true })
  }
}

/**
 * The server URI `base` (maybe naming a database, maybe with options such as sslmode or
 * replicaSet, maybe listing several hosts, which WHATWG URL cannot parse) naming database `name`.
 */
export const withDatabaseName = (
  base: string,
  name: string,
  { keepAuthSource = false } = {},
): string => {
  const match = /^([a-z+]+:\/\/[^/?]*)(?:\/([^?]*))?(?:\?(.*))?$/i.exec(base)
  if (!match) throw new Error(`cannot put a database name into "${base}"`)
  const [, server, database, query] = match
  const params = new URLSearchParams(query ?? '')
  // MongoDB authenticates against the URI's database unless authSource says otherwise: keep the
  // one the credentials belong to when the database name changes.
  if (keepAuthSource && server.includes('@') && !params.has('authSource')) {
    params.set('authSource', database || 'admin')
  }
  const options = params.toString()
  return `${server}/${name}${options ? `?${options}` : ''}`
}
