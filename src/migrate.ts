import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { loadCommandSettings, openPayloadForCommand } from './cli'
import { redact, refreshPlannerStatistics } from './database'
import { ConfigError } from './env'

type SqlAdapter = PostgresAdapter | SQLiteAdapter
type Snapshot = Parameters<ReturnType<SqlAdapter['requireDrizzleKit']>['generateMigration']>[0]

/** What the committed migrations of one SQL dialect lack compared with the config. */
export type SchemaDrift = {
  migrationDir: string
  /** The newest drizzle snapshot in the folder, the schema the migrations end at. */
  latestSnapshot?: string
  /** Whether a new migration is needed (the config and the snapshot differ). */
  isStale: boolean
  /** The SQL such a migration would run (its `up`). */
  statements: string[]
}

/** The drizzle-based adapters (SQLite, PostgreSQL) have migrations; MongoDB has no schema. */
const sqlAdapter = (payload: Payload): SqlAdapter | undefined =>
  'requireDrizzleKit' in payload.db ? (payload.db as unknown as SqlAdapter) : undefined

/**
 * Compares the schema the config describes with the newest snapshot in the migration folder, the
 * same comparison `payload migrate:create` makes before it writes a migration (so "no drift" here
 * means migrate:create would find nothing to do). Needs no database connection.
 */
export const schemaDrift = async (payload: Payload): Promise<SchemaDrift | undefined> => {
  const db = sqlAdapter(payload)
  if (!db) return undefined
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const current = await generateDrizzleJson(db.schema)
  const latestSnapshot = readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  let committed = db.defaultDrizzleSnapshot as unknown as Snapshot
  if (latestSnapshot) {
    committed = JSON.parse(readFileSync(path.join(db.migrationDir, latestSnapshot), 'utf8'))
    // A snapshot written by an older drizzle-kit is upgraded first, as migrate:create does.
    if (upSnapshot && Number(committed.version) < Number(current.version)) {
      committed = upSnapshot(committed)
    }
  }
  const up = await generateMigration(committed, current)
  const down = await generateMigration(current, committed)
  return {
    migrationDir: db.migrationDir,
    latestSnapshot: latestSnapshot && path.join(db.migrationDir, latestSnapshot),
    isStale: up.length > 0 || down.length > 0,
    statements: up,
  }
}

/**
 * The SQL that would bring the connected database to the config's schema: drizzle-kit's push,
 * compared but not applied (as Payload's dev push calls it). Empty when the database already has
 * exactly the schema the config describes, e.g. right after the migrations ran.
 */
export const pendingDatabaseChanges = async (payload: Payload): Promise<string[]> => {
  const db = sqlAdapter(payload)
  if (!db) return []
  const { pushSchema } = db.requireDrizzleKit()
  // As Payload's dev push calls it: PostgreSQL's kit also takes the schema and the tables to leave
  // alone (`tablesFilter`, src/database.ts); SQLite's takes neither.
  const { schemaName, tablesFilter } = db as { schemaName?: string; tablesFilter?: string[] }
  const pushWithFilters = pushSchema as (...args: unknown[]) => ReturnType<typeof pushSchema>
  // PostgreSQL's kit reads every table's columns and constraints at once: hundreds of queries
  // queued for the pool's few connections, longer on a busy machine than the 5 s a request may
  // wait for one (src/database.ts). This comparison is no request; it waits as long as it takes.
  const pool = (db as { pool?: { options?: { connectionTimeoutMillis?: number } } }).pool
  const connectTimeout = pool?.options?.connectionTimeoutMillis
  if (pool?.options) pool.options.connectionTimeoutMillis = 0
  try {
    const push = (await pushWithFilters(
      db.schema,
      db.drizzle,
      schemaName ? [schemaName] : undefined,
      tablesFilter,
    )) as { statementsToExecute?: string[] }
    return push.statementsToExecute ?? []
  } finally {
    if (pool?.options) pool.options.connectionTimeoutMillis = connectTimeout
  }
}

/**
 * Development mode pushes the schema straight into the database and records that as a
 * `payload_migrations` row named `dev` with batch -1. Payload's `migrate` then asks on the terminal
 * whether to go on (and in a pipe quietly exits 0 having done nothing), and going on runs the
 * initial migration against tables that already exist. We stop instead, with what to do.
 */
const assertNotDevPushed = async (payload: Payload): Promise<void> => {
  let devPushes = 0
  try {
    ;({ totalDocs: devPushes } = await payload.count({
      collection: 'payload-migrations',
      where: { batch: { equals: -1 } },
    }))
  } catch {
    return // no payload_migrations table yet: a fresh database
  }
  if (devPushes > 0) {
    throw new ConfigError(
      'DATABASE_URI',
      'this database was set up by development mode (schema push, payload_migrations batch -1), ' +
        'so migrations cannot be applied to it: migrate a new, empty database instead ' +
        '(or run `npx payload migrate:fresh` to drop everything in it and migrate)',
    )
  }
}

/** Runs, on Payload's database, every committed migration that has not run there yet. */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (!sqlAdapter(payload)) return
  await assertNotDevPushed(payload)
  await payload.db.migrate()
  await refreshPlannerStatistics(payload)
}

const importConfig = async () => (await import('@payload-config')).default

/**
 * `npm run migrate`: brings the database named by DATABASE_URI up to the committed migrations.
 * With `isCheck`, connects to nothing and only tells whether the committed migrations of
 * DATABASE_URI's dialect still match the config (a stale one throws, naming the snapshot).
 * Resolves to a one-line summary; configuration problems throw a ConfigError.
 */
export const runMigrations = async ({ isCheck = false } = {}): Promise<string> => {
  const target = loadCommandSettings()
  if (target.kind === 'mongodb') {
    return 'MongoDB stores documents without a schema: there are no migrations to run or check.'
  }
  // Payload would otherwise push the development schema on connect, before the migrations run,
  // and try to reach a Next dev server for hot reloading.
  process.env.PAYLOAD_MIGRATING = 'true'
  process.env.DISABLE_PAYLOAD_HMR = 'true'

  if (isCheck) {
    const payload = await getPayload({
      config: await importConfig(),
      disableDBConnect: true,
      disableOnInit: true,
    })
    const drift = await schemaDrift(payload)
    if (!drift) return 'no migrations for this database'
    const folder = path.relative(process.cwd(), drift.migrationDir)
    if (drift.isStale) {
      const file = drift.latestSnapshot
        ? path.relative(process.cwd(), drift.latestSnapshot)
        : `${folder} (no migration yet)`
      throw new Error(
        `${file} is stale: the config needs a migration (${drift.statements.length} SQL statements), ` +
          'run `npm run migrate:generate` (before release) or `npm run migrate:generate -- --add <name>`',
      )
    }
    return `${folder} matches the config`
  }

  const payload = await openPayloadForCommand(target, { disableOnInit: true })
  try {
    await migrateDatabase(payload)
  } finally {
    await payload.destroy()
  }
  return `${redact(target.url)} is migrated to the committed ${target.kind} migrations`
}
