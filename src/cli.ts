import type { Payload } from 'payload'
import { getPayload } from 'payload'

import type { DatabaseTarget } from './database'
import { assertDatabaseReachable, parseDatabaseUri } from './database'
import { ConfigError, isDebug, loadEnvFile, payloadSecret, settings } from './env'

/** The first line of an error's message, without the `Error: ` that some libraries put in it. */
export const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^Error: /, '')

/**
 * Settles what every command needs before it touches anything: `.env` loaded, every setting
 * checked, the secret, and which database `DATABASE_URI` names. A mistake is a ConfigError.
 */
export const loadCommandSettings = (): DatabaseTarget => {
  loadEnvFile()
  settings()
  payloadSecret()
  return parseDatabaseUri()
}

type OpenOptions = {
  /** Payload's `onInit` hooks (start-up recovery, schedules): off for read-only checks. */
  disableOnInit?: boolean
}

/**
 * Opens Payload on the database of `target` for a command: refuses at once, in one line, when
 * the server cannot be reached, and turns the adapter's own connection error into the same kind
 * of line. The caller destroys the instance (`payload.destroy()`).
 */
export const openPayloadForCommand = async (
  target: DatabaseTarget,
  { disableOnInit = false }: OpenOptions = {},
): Promise<Payload> => {
  await assertDatabaseReachable(target)
  // A command-line run has no Next dev server to tell about changes.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: config } = await import('@payload-config')
  try {
    return await getPayload({ config, disableOnInit })
  } catch (error) {
    throw new ConfigError(
      'DATABASE_URI',
      `cannot open the ${target.kind} database: ${firstLine(error)}`,
    )
  }
}

type CommandOptions = {
  /** The exit code when the command throws (1 unless the command documents otherwise). */
  failureCode?: number
}

/**
 * The one way a `scripts/*.ts` entry point runs: the command's result is its exit code (nothing
 * returned is 0), an error is one line `kexie-cms <name>: <reason>` (the whole error too with
 * `DEBUG` set), and the exit is explicit because Payload keeps database handles open after
 * `destroy()` on some adapters. Payload's SQL adapters may also end the process with exit code 0
 * from inside a prompt that has no terminal to answer it, and Node's module loader may drop an
 * import (payload#16381): a process that ends before the command finished exits 1 and says so.
 */
export const runCommand = (
  name: string,
  command: () => Promise<number | void>,
  { failureCode = 1 }: CommandOptions = {},
): void => {
  let isFinished = false
  process.on('exit', (code) => {
    if (isFinished || code !== 0) return
    console.error(`kexie-cms ${name}: the process ended before the command finished; run it again`)
    process.exitCode = 1
  })
  command().then(
    (code) => {
      isFinished = true
      process.exit(code ?? 0)
    },
    (error: unknown) => {
      isFinished = true
      console.error(`kexie-cms ${name}: ${firstLine(error)}`)
      if (isDebug()) console.error(error)
      process.exit(failureCode)
    },
  )
}
