import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startMongo } from './mongo'
import { startPostgresCluster } from './postgresCluster'
import { removeStaleBundles } from './staleBundles'

type Teardown = () => Promise<void> | void

declare global {
  var __kexieTeardown: Teardown[] | undefined
}

/**
 * globalTeardown runs after the tests whether they passed or failed, but not when the run itself
 * is cut short (Ctrl-C, a CI timeout, a crash in jest): a server started here must not outlive it.
 * `stop` has to be synchronous to run in an exit handler.
 */
const stopWithProcess = (stop: () => void): void => {
  process.once('exit', stop)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stop()
      process.exit(128 + os.constants.signals[signal])
    })
  }
}

/**
 * Provides the database server for the whole run and tells the workers where it is through the
 * environment (set here, inherited by every worker): KEXIE_TEST_DATABASE and KEXIE_TEST_DB_BASE.
 */
export default async function globalSetup(): Promise<void> {
  const kind = process.env.TEST_DATABASE || 'sqlite'
  const teardown: Teardown[] = []
  globalThis.__kexieTeardown = teardown
  // Workers may still be alive at the last run's teardown: their bundles go now.
  removeStaleBundles()
  process.env.KEXIE_TEST_DATABASE = kind

  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kexie-test-'))
    const remove = () => rmSync(dir, { recursive: true, force: true })
    teardown.push(remove)
    stopWithProcess(remove)
    process.env.KEXIE_TEST_DB_BASE = dir
  } else if (kind === 'postgres') {
    if (process.env.POSTGRES_URI) {
      // Each test file gets a database of its own on this server (its name replaces the URI's).
      process.env.KEXIE_TEST_DB_BASE = process.env.POSTGRES_URI
    } else {
      const cluster = await startPostgresCluster()
      teardown.push(cluster.stop)
      stopWithProcess(cluster.stop)
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
