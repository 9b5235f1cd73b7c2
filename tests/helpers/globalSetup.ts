import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startMongo } from './mongo'
import { startPostgresCluster } from './postgresCluster'

type Teardown = () => Promise<void> | void

declare global {
  var __kexieTeardown: Teardown[] | undefined
}

/**
 * Provides the database server for the whole run and tells the workers where it is through the
 * environment (set here, inherited by every worker): KEXIE_TEST_DATABASE and KEXIE_TEST_DB_BASE.
 */
export default async function globalSetup(): Promise<void> {
  const kind = process.env.TEST_DATABASE || 'sqlite'
  const teardown: Teardown[] = []
  globalThis.__kexieTeardown = teardown
  process.env.KEXIE_TEST_DATABASE = kind

  if (kind === 'sqlite') {
    process.env.KEXIE_TEST_DB_BASE = mkdtempSync(path.join(os.tmpdir(), 'kexie-test-'))
  } else if (kind === 'postgres') {
    if (process.env.POSTGRES_URI) {
      process.env.KEXIE_TEST_DB_BASE = process.env.POSTGRES_URI.replace(/\/[^/]*$/, '')
    } else {
      const cluster = await startPostgresCluster()
      teardown.push(cluster.stop)
      process.env.KEXIE_TEST_DB_BASE = cluster.uri
    }
  } else if (kind === 'mongodb') {
    const mongo = await startMongo()
    teardown.push(mongo.stop)
    process.env.KEXIE_TEST_DB_BASE = mongo.uri
  } else {
    throw new Error(`TEST_DATABASE must be sqlite, postgres or mongodb, not "${kind}"`)
  }
}
