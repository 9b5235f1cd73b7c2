import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** A throwaway PostgreSQL cluster made from the system's binaries, for one test run. */
export type PostgresCluster = {
  /** Server URI without a database: each test file's database is created by Payload's adapter. */
  uri: string
  /** Stops the server and deletes its folder; safe to call more than once, and synchronous. */
  stop: () => void
}

const findBinDir = (): string => {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const dir = path.join(root, version, 'bin')
    if (existsSync(path.join(dir, 'initdb'))) return dir
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  if (which.status === 0) return path.dirname(which.stdout.trim())
  throw new Error(
    'No PostgreSQL binaries (initdb, pg_ctl) found: install Debian\'s "postgresql" package, set PG_BIN_DIR, or set POSTGRES_URI to a server of your own.',
  )
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** What a failed command printed, without the "Command failed: <argv>" line execFileSync adds. */
const outputOf = (error: unknown): string => {
  const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer }
  return `${stderr ?? ''}${stdout ?? ''}`.trim() || (error as Error).message
}

export const startPostgresCluster = async (): Promise<PostgresCluster> => {
  const bin = findBinDir()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kexie-pg-'))
  const dataDir = path.join(dir, 'data')
  const logFile = path.join(dir, 'server.log')
  // initdb refuses to run as root (and CI runs as root): the cluster then belongs to the
  // `postgres` system user that Debian's package creates, in a folder it may write to.
  const isRoot = process.getuid?.() === 0
  if (isRoot) chmodSync(dir, 0o777)
  const run = (command: string, args: string[]) =>
    isRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(path.join(bin, command), args, { stdio: 'pipe' })

  let isStopped = false
  let isRunning = false
  const stop = () => {
    if (isStopped) return
    isStopped = true
    try {
      if (isRunning) run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  try {
    try {
      run('initdb', [
        '-D',
        dataDir,
        '-U',
        'kexie',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ])
    } catch (error) {
      throw new Error(`initdb failed: ${outputOf(error)}`)
    }
    // The port is free when asked but another process may take it before the server binds it.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort()
      try {
        run('pg_ctl', [
          '-D',
          dataDir,
          '-l',
          logFile,
          '-o',
          `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
          '-w',
          'start',
        ])
        isRunning = true
        return { uri: `postgres://kexie@127.0.0.1:${port}`, stop }
      } catch (error) {
        if (attempt === 3) {
          const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim() : ''
          throw new Error(`pg_ctl start failed: ${outputOf(error)}\n${log}`)
        }
      }
    }
  } catch (error) {
    stop()
    throw new Error(`The throwaway PostgreSQL cluster (${bin}) did not start: ${outputOf(error)}`)
  }
}
