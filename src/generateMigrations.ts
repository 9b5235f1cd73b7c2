import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { writeMigrationIndex } from 'payload'

/** The SQL dialects with committed migrations; MongoDB has no schema to migrate. */
export const SQL_DIALECTS = ['sqlite', 'postgres'] as const
export type SqlDialect = (typeof SQL_DIALECTS)[number]

/**
 * The initial migration has a fixed name instead of a creation time, so that regenerating it from
 * the config (before the first release) rewrites the same files and `git diff` shows only real
 * schema changes. The zero date sorts it before every later, timestamped migration.
 */
export const INITIAL_MIGRATION = '00000000_000000_initial'

export const migrationDir = (dialect: SqlDialect): string =>
  path.resolve('src', 'migrations', dialect)

/**
 * A DATABASE_URI naming the dialect. `payload migrate:create` and `migrate --check` build the
 * schema from the config without connecting (Payload's bin passes disableDBConnect), so no server
 * is needed: the PostgreSQL output is byte for byte the one made against a real cluster.
 */
const scratchUri = (dialect: SqlDialect, scratchDir: string): string =>
  dialect === 'sqlite'
    ? `file:${path.join(scratchDir, 'scratch.db')}`
    : 'postgres://kexie@127.0.0.1:1/never_connected'

type RunResult = { code: number; output: string }

/** Runs a Node entry through scripts/run.mjs (tsx under the `development` export condition). */
const runEntry = (dialect: SqlDialect, args: string[], scratchDir: string): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      DATABASE_URI: scratchUri(dialect, scratchDir),
      // A fixed secret keeps the config from generating one into .env; nothing is signed here.
      PAYLOAD_SECRET: 'kexie-migrations-sign-nothing',
      LOG_LEVEL: 'error',
    }
    // Development settings, as when a developer runs the command: NODE_ENV must not be production.
    delete env.NODE_ENV
    const child = spawn(process.execPath, [path.resolve('scripts', 'run.mjs'), ...args], {
      // Next's typings declare NODE_ENV always set; the child is meant to run without it.
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code: code ?? 1, output }))
  })

const withScratchDir = async <T>(work: (dir: string) => Promise<T>): Promise<T> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kexie-migrations-'))
  try {
    return await work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const migrationNames = (dir: string): string[] =>
  readdirSync(dir)
    .filter((file) => /\.(ts|js)$/.test(file) && !/^index\.(ts|js)$/.test(file))
    .map((file) => file.replace(/\.(ts|js)$/, ''))
    .sort()

/**
 * Hand-written migrations carry SQL drizzle-kit cannot describe (the search's full-text table)
 * and have no snapshot beside them: regenerating the initial migration keeps them, and they run
 * after it.
 */
const isHandWritten = (dir: string, name: string): boolean =>
  !existsSync(path.join(dir, `${name}.json`))

/** drizzle-kit gives every snapshot a random id; derive it from the content instead. */
const stabilizeSnapshotId = (file: string): void => {
  const { id: _random, ...snapshot } = JSON.parse(readFileSync(file, 'utf8'))
  const hex = createHash('sha256').update(JSON.stringify(snapshot)).digest('hex')
  const id = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-')
  writeFileSync(file, `${JSON.stringify({ ...snapshot, id }, null, 2)}\n`)
}

const payloadBin = path.resolve('node_modules', 'payload', 'bin.js')

/**
 * Before the first release: throws away the committed migrations of both dialects and writes one
 * initial migration per dialect from the current config with `payload migrate:create`. Refuses
 * once a folder holds later migrations, because those may already have run somewhere.
 */
export const regenerateInitialMigrations = async (): Promise<string[]> =>
  withScratchDir(async (scratchDir) => {
    for (const dialect of SQL_DIALECTS) {
      const dir = migrationDir(dialect)
      mkdirSync(dir, { recursive: true })
      const later = migrationNames(dir).filter(
        (name) => !name.endsWith('_initial') && !isHandWritten(dir, name),
      )
      if (later.length) {
        throw new Error(
          `${path.relative('.', dir)} already has later migrations (${later.join(', ')}): ` +
            'add a migration with --add <name> instead of regenerating the initial one',
        )
      }
    }
    return Promise.all(
      SQL_DIALECTS.map(async (dialect) => {
        const dir = migrationDir(dialect)
        const kept = new Set(migrationNames(dir).filter((name) => isHandWritten(dir, name)))
        for (const file of readdirSync(dir)) {
          if (!kept.has(file.replace(/\.(ts|js)$/, ''))) rmSync(path.join(dir, file))
        }
        const { code, output } = await runEntry(
          dialect,
          [payloadBin, 'migrate:create', 'initial'],
          scratchDir,
        )
        const [created] = migrationNames(dir).filter((name) => !kept.has(name))
        if (code !== 0 || !created) {
          throw new Error(`payload migrate:create failed for ${dialect}:\n${output.trim()}`)
        }
        for (const extension of ['ts', 'json']) {
          renameSync(
            path.join(dir, `${created}.${extension}`),
            path.join(dir, `${INITIAL_MIGRATION}.${extension}`),
          )
        }
        stabilizeSnapshotId(path.join(dir, `${INITIAL_MIGRATION}.json`))
        writeMigrationIndex({ migrationsDir: dir })
        return `${path.relative('.', dir)}/${INITIAL_MIGRATION}.ts written`
      }),
    )
  })

/**
 * After the first release: adds a migration named `name` to each dialect whose committed
 * migrations lack part of the config's schema (`migrate:create --skip-empty`).
 */
export const addMigrations = async (name: string): Promise<string[]> =>
  withScratchDir((scratchDir) =>
    Promise.all(
      SQL_DIALECTS.map(async (dialect) => {
        const dir = migrationDir(dialect)
        const before = new Set(migrationNames(dir))
        const { code, output } = await runEntry(
          dialect,
          [payloadBin, 'migrate:create', name, '--skip-empty'],
          scratchDir,
        )
        if (code !== 0) {
          throw new Error(`payload migrate:create failed for ${dialect}:\n${output.trim()}`)
        }
        const added = migrationNames(dir).filter((file) => !before.has(file))
        return added.length
          ? `${path.relative('.', dir)}/${added.join(', ')}.ts written`
          : `${path.relative('.', dir)}: no schema change, nothing written`
      }),
    ),
  )

/**
 * Whether the committed migrations of both dialects still describe the config. Resolves to one
 * line per dialect; `isStale` when a new migration is needed (the line names the stale snapshot).
 */
export const checkMigrations = async (): Promise<{ isStale: boolean; lines: string[] }> =>
  withScratchDir(async (scratchDir) => {
    const results = await Promise.all(
      SQL_DIALECTS.map((dialect) =>
        runEntry(dialect, [path.resolve('scripts', 'migrate.ts'), '--check'], scratchDir),
      ),
    )
    return {
      isStale: results.some(({ code }) => code !== 0),
      lines: results.map(({ output }) => output.trim()),
    }
  })
