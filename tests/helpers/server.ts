import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildServer } from '../../scripts/build-server.mjs'

import { freePort } from './postgresCluster'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

export type ServerMode = 'development' | 'production'

export type Exit = { code: number | null; signal: NodeJS.Signals | null }

export type ServerProcess = {
  child: ChildProcess
  url: string
  port: number
  stdout: () => string
  stderr: () => string
  /** Settles when the process has exited (never rejects). */
  exited: Promise<Exit>
  /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit. Safe to call more than once. */
  stop: (graceMs?: number) => Promise<Exit>
}

/**
 * The environment `src/server.ts` gets in a test: the worker's own, minus what jest adds that a
 * real server never sees (NODE_ENV=test, NODE_OPTIONS=--experimental-vm-modules for jest's module
 * loader) and minus the quiet LOG_LEVEL of setupEnv (the request log is under test).
 */
export const serverEnv = (
  mode: ServerMode | undefined,
  env: Record<string, string | undefined>,
): NodeJS.ProcessEnv => {
  const {
    NODE_ENV: _nodeEnv,
    NODE_OPTIONS: _nodeOptions,
    LOG_LEVEL: _logLevel,
    JEST_WORKER_ID: _jestWorker,
    ...base
  } = process.env
  const merged: Record<string, string | undefined> = {
    ...base,
    NEXT_TELEMETRY_DISABLED: '1',
    DISABLE_PAYLOAD_HMR: 'true',
    ...(mode === 'production' ? { NODE_ENV: 'production' } : {}),
    ...env,
  }
  // Typed by Next as always holding NODE_ENV, which a development server must not inherit.
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ) as NodeJS.ProcessEnv
}

/**
 * Runs the server the way `npm run dev` / `npm start` do (node directly, not
 * through npm or npx, so the pid signalled is the server's own). `env` wins over the defaults; a
 * value of `undefined` removes a variable.
 */
export const spawnServer = async ({
  mode,
  env = {},
  port,
  nodeArgs = [],
}: {
  mode?: ServerMode
  env?: Record<string, string | undefined>
  port?: number
  /** Extra node options such as `--cpu-prof` (which NODE_OPTIONS may not carry). */
  nodeArgs?: string[]
}): Promise<ServerProcess> => {
  const chosenPort = port ?? (await freePort())
  const url = `http://localhost:${chosenPort}`
  // Production runs the bundle `npm run build` writes, as `npm start` does (with its heap limit:
  // docs/performance.md); development runs the source.
  const args =
    mode === 'production'
      ? ['--conditions=production', '--max-old-space-size=384', await productionServerBundle()]
      : ['--conditions=development', '--import', 'tsx', 'src/server.ts']
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: projectRoot,
    env: serverEnv(mode, { PORT: String(chosenPort), SERVER_URL: url, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })

  const stop = async (graceMs = 10_000) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      const exit = await exited
      clearTimeout(timer)
      return exit
    }
    return exited
  }

  return {
    child,
    url,
    port: chosenPort,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    stop,
  }
}

/**
 * Waits until `/readyz` answers 200, polling; fails at once with the server's output if the
 * process exits first, so a start-up error is reported instead of a timeout.
 */
export const waitForReady = async (server: ServerProcess, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let hasExited = false
  void server.exited.then(() => (hasExited = true))
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (hasExited) break
    try {
      const response = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return
      lastProblem = `/readyz answered ${response.status}: ${await response.text()}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const why = hasExited
    ? `exited (${JSON.stringify(await server.exited)})`
    : `not ready after ${timeoutMs} ms (${lastProblem})`
  throw new Error(
    `the server at ${server.url} ${why}\n--- stderr ---\n${server.stderr()}\n--- stdout ---\n${server.stdout()}`,
  )
}

/** Spawns the server and waits until it is ready. */
export const startServer = async (
  options: Parameters<typeof spawnServer>[0],
  timeoutMs?: number,
): Promise<ServerProcess> => {
  const server = await spawnServer(options)
  try {
    await waitForReady(server, timeoutMs)
    return server
  } catch (error) {
    await server.stop()
    throw error
  }
}

/** Runs the server expecting it to refuse to start, and returns what it said and how it exited. */
export const runUntilExit = async (
  options: Parameters<typeof spawnServer>[0],
  timeoutMs = 30_000,
): Promise<Exit & { stdout: string; stderr: string; durationMs: number }> => {
  const started = Date.now()
  const server = await spawnServer(options)
  const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs)
  const exit = await server.exited
  clearTimeout(timer)
  const durationMs = Date.now() - started
  return { ...exit, stdout: server.stdout(), stderr: server.stderr(), durationMs }
}

let bundle: Promise<string> | undefined

/**
 * The production server bundle, built from the current source into a folder of this test file's
 * own (inside the project, so packages resolve), so it never runs a stale `dist/server.mjs`.
 * tests/helpers/staleBundles.ts clears these folders after the run.
 */
const productionServerBundle = () =>
  (bundle ??= buildServer({
    outdir: path.join(projectRoot, 'dist', `test-${process.pid}-${randomBytes(3).toString('hex')}`),
  }))
