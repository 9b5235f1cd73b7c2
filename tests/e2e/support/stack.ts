import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureNextBuild } from '../../helpers/nextBuild'
import type { ServerProcess } from '../../helpers/server'
import { projectRoot, serverEnv, startServer } from '../../helpers/server'

export type DemoPasswords = ReadonlyMap<string, string>

export type Stack = {
  server: ServerProcess
  url: string
  passwords: DemoPasswords
  /** Stops the server and removes the database; safe to call more than once. */
  stop: () => Promise<void>
}

const STEP_TIMEOUT_MS = 180_000

/** Runs `node scripts/run.mjs <script>` the way `npm run migrate` / `npm run seed` do. */
const runScript = (script: string, env: Record<string, string>) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', script], {
      cwd: projectRoot,
      env: serverEnv(undefined, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), STEP_TIMEOUT_MS)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${script} failed (${code ?? signal}):\n${output.slice(-4000)}`))
    })
  })

/** The demo accounts' one-time passwords, as `npm run seed` prints them once. */
export const parseDemoPasswords = (output: string): Map<string, string> =>
  new Map(
    [...output.matchAll(/^\s+\S+\s+(\S+@kexie\.test)\s+(\S+)$/gm)].map(([, email, password]) => [
      email,
      password,
    ]),
  )

/**
 * The production stack an operator runs, on a fresh temporary SQLite database: `npm run migrate`,
 * `npm run seed` (demo content, and demo accounts: the seed runs in development mode, as they are
 * never created in production), then `npm start` (the `next build` output and the server bundle)
 * on a free port. Login throttling is raised: the browser tests log in more often than one person
 * would in 15 minutes, from one address.
 */
export const startProductionStack = async (env: Record<string, string> = {}): Promise<Stack> => {
  await ensureNextBuild()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kexie-e2e-'))
  const base = {
    DATABASE_URI: `file:${path.join(dir, 'kexie.db')}`,
    PAYLOAD_SECRET: `kexie-e2e-${process.pid}`,
    ...env,
  }
  let server: ServerProcess | undefined
  const stop = async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await runScript('scripts/migrate.ts', base)
    // The schema came from the migrations: no development push over it.
    const seeded = await runScript('scripts/seed.ts', { ...base, PAYLOAD_MIGRATING: 'true' })
    const passwords = parseDemoPasswords(seeded)
    if (passwords.size < 4) throw new Error(`the seed printed no demo accounts:\n${seeded}`)
    server = await startServer(
      { mode: 'production', env: { ...base, RATE_LIMIT_LOGIN: '1000', LOG_LEVEL: 'warn' } },
      STEP_TIMEOUT_MS,
    )
    // Also when jest itself is cut short: the server must not outlive the run.
    const child = server.child
    process.once('exit', () => child.kill('SIGKILL'))
    return { server, url: server.url, passwords, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
