import { readdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { migrateDatabase, pendingDatabaseChanges, schemaDrift } from '@/migrate'

import { testDatabaseKind } from '../helpers/database'
import { startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD } from '../helpers/users'

const kind = testDatabaseKind()
const isSql = kind !== 'mongodb'
const migrationDir = path.resolve('src', 'migrations', kind)

let payload: Payload

beforeAll(async () => {
  if (!isSql) return
  // Production semantics: Payload pushes no schema on connect, so only the migrations build it.
  ;({ payload } = await startTestPayload(import.meta.url, { NODE_ENV: 'production' }))
})

afterAll(async () => {
  await payload?.destroy()
})

const committedMigrations = () =>
  readdirSync(migrationDir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()

/**
 * drizzle-kit compares a PostgreSQL database it reads back with the config and reports two
 * differences that are none: numeric defaults (read back as text, so `SET DEFAULT 0` again) and
 * names PostgreSQL cut to 63 bytes (Payload warns about those at start-up; a `dbName` fixes them).
 */
const isPostgresIntrospectionNoise = (sql: string) =>
  /ALTER COLUMN "[^"]+" SET DEFAULT -?\d+(\.\d+)?;/.test(sql) || /"[^"]{63,}"/.test(sql)

// MongoDB stores documents without a schema: there is nothing to migrate there.
const describeSql = isSql ? describe : describe.skip

describeSql(`committed ${kind} migrations (SQL databases only, not MongoDB)`, () => {
  it('a fresh database has no tables until the migrations run (production pushes nothing)', async () => {
    await expect(payload.count({ collection: 'users' })).rejects.toThrow()
  })

  it('build a schema that the Local API can create and read users in', async () => {
    await migrateDatabase(payload)

    const ran = await payload.find({ collection: 'payload-migrations', sort: 'name', limit: 0 })
    expect(ran.docs.map(({ name, batch }) => ({ name, batch }))).toEqual(
      committedMigrations().map((name) => ({ name, batch: 1 })),
    )

    // Set-up, skipping access on purpose; the first account becomes admin whatever it asks for.
    const admin = await payload.create({
      collection: 'users',
      data: {
        email: 'migrated-admin@kexie.test',
        name: '迁移管理员',
        password: TEST_PASSWORD,
        roles: ['editor'],
      },
      overrideAccess: true,
    })
    const read = await payload.findByID({
      collection: 'users',
      id: admin.id,
      user: admin,
      overrideAccess: false,
    })
    expect(read).toMatchObject({ email: 'migrated-admin@kexie.test', roles: ['admin'] })
  })

  it('leave nothing for a schema push to change (the database matches the config)', async () => {
    const changes = await pendingDatabaseChanges(payload)
    expect(
      kind === 'postgres' ? changes.filter((sql) => !isPostgresIntrospectionNoise(sql)) : changes,
    ).toEqual([])
  })

  it('running them again changes nothing', async () => {
    await migrateDatabase(payload)
    const { totalDocs } = await payload.count({ collection: 'payload-migrations' })
    expect(totalDocs).toBe(committedMigrations().length)
  })

  it('describe the whole config (no schema change is missing a migration)', async () => {
    const drift = await schemaDrift(payload)
    if (drift?.isStale) {
      throw new Error(
        `${drift.latestSnapshot ?? migrationDir} is stale; run \`npm run migrate:generate\`. ` +
          `A migration would run:\n${drift.statements.join('\n')}`,
      )
    }
    expect(drift?.latestSnapshot).toBeDefined()
  })

  it('refuse a database that development mode pushed its schema into (batch -1)', async () => {
    await payload.create({
      collection: 'payload-migrations',
      data: { name: 'dev', batch: -1 },
      overrideAccess: true,
    })
    await expect(migrateDatabase(payload)).rejects.toThrow(/development mode/)
  })
})
