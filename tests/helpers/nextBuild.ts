import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot, serverEnv } from './server'

const BUILD_TIMEOUT_MS = 5 * 60_000
const buildIdFile = path.join(projectRoot, '.next', 'BUILD_ID')
// Next's own lock while `next build` runs (it writes BUILD_ID before the build is complete).
const nextBuildLock = path.join(projectRoot, '.next', 'lock')
// Ours, so two jest workers needing a build run one `next build` between them.
const workerLock = path.join(
  os.tmpdir(),
  `kexie-next-build-${createHash('sha1').update(projectRoot).digest('hex').slice(0, 12)}.lock`,
)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const tryLock = (): boolean => {
  try {
    writeFileSync(workerLock, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    // A lock left behind by a worker that died is cleared; the caller then tries again.
    let owner = 0
    try {
      owner = Number(readFileSync(workerLock, 'utf8'))
    } catch {
      return false
    }
    if (owner && !isAlive(owner)) rmSync(workerLock, { force: true })
    return false
  }
}

const waitFor = async (isDone: () => boolean, what: string) => {
  const deadline = Date.now() + BUILD_TIMEOUT_MS
  while (!isDone()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await sleep(500)
  }
}

const runNextBuild = (scratchDir: string) =>
  new Promise<void>((resolve, reject) => {
    const env = serverEnv(undefined, {
      // The build evaluates the config (which opens no connection); it needs a secret and a
      // database URI of some kind, never the run's database.
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'kexie-test-build',
      DATABASE_URI: `file:${path.join(scratchDir, 'build.db')}`,
    })
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
    child.once('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) return resolve()
      if (/already running/.test(output)) {
        // Someone else's `next build` in this tree: use its result.
        waitFor(() => !existsSync(nextBuildLock) && existsSync(buildIdFile), 'another next build')
          .then(resolve)
          .catch(reject)
        return
      }
      reject(new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`))
    })
  })

/**
 * Makes sure a production build exists in `.next`, running `next build` when there is none. CI
 * runs `npm run build` before the tests, so this normally returns at once; a fresh checkout pays
 * for one build (about a minute).
 */
export const ensureNextBuild = async (): Promise<void> => {
  const deadline = Date.now() + BUILD_TIMEOUT_MS
  for (;;) {
    if (existsSync(buildIdFile) && !existsSync(workerLock)) return
    if (tryLock()) break
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${workerLock} to be released`)
    await sleep(500)
  }
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'kexie-build-'))
  try {
    // Checked again now the lock is ours: another worker may just have built.
    if (!existsSync(buildIdFile)) await runNextBuild(scratchDir)
  } finally {
    rmSync(workerLock, { force: true })
    rmSync(scratchDir, { recursive: true, force: true })
  }
}
