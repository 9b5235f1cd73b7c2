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
      return `${base}/${name}`
    case 'mongodb': {
      const url = new URL(base)
      url.pathname = `/${name}`
      return url.toString()
    }
  }
}
