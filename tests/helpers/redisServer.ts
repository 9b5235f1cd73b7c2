import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

import { Redis } from 'ioredis'

import { freePort } from './postgresCluster'

export type RedisServer = {
  url: string
  /** Stops the server; safe to call more than once. */
  stop: () => Promise<void>
}

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'

/**
 * A throwaway Redis (Debian's `redis-server`) on a free loopback port, in memory only (no
 * snapshot, no append-only file): what the tests of shared state use instead of a real server.
 */
export const startRedisServer = async (): Promise<RedisServer> => {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `No redis-server at ${REDIS_SERVER}: install Debian's "redis-server" package or set REDIS_SERVER_BIN.`,
    )
  }
  const port = await freePort()
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  const url = `redis://127.0.0.1:${port}`
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  probe.on('error', () => undefined)
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      await probe.connect()
      await probe.ping()
      break
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL')
        throw new Error(`redis-server did not start on port ${port}: ${String(error)}`)
      }
      probe.disconnect()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  probe.disconnect()
  let stopped: Promise<void> | undefined
  return {
    url,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })),
  }
}
