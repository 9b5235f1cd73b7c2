import path from 'node:path'

import next from 'next'
import { getPayload } from 'payload'

import { assertDatabaseReachable, parseDatabaseUri } from './database'
import { ConfigError, isProduction, loadEnvFile, payloadSecret } from './env'
import { createApp } from './http/app'
import { installGracefulShutdown } from './http/shutdown'
import { ensureDemoUsers, formatDemoAccounts } from './seed/demoUsers'

/**
 * The kexie-cms HTTP server: express in front of Next (admin UI and Payload's API), for
 * development (`npm run dev`) and production (`npm start`) alike.
 */
const main = async () => {
  loadEnvFile()
  const dev = !isProduction()
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `"${process.env.PORT}" is not a port number`)
  }

  // Settle configuration before anything starts, so a mistake is one line, not a stack trace.
  payloadSecret()
  const target = parseDatabaseUri()
  await assertDatabaseReachable(target)

  const { default: config } = await import('@payload-config')
  let payload
  try {
    payload = await getPayload({ config, cron: true })
  } catch (error) {
    throw new ConfigError(
      'DATABASE_URI',
      `cannot open the ${target.kind} database: ${firstLine(error)}`,
    )
  }

  if (dev) {
    const accounts = await ensureDemoUsers(payload)
    if (accounts.length) console.log(`\n${formatDemoAccounts(accounts)}\n`)
  }

  const nextApp = next({ dev, dir: path.resolve('.'), port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  let isShuttingDown = false
  const app = createApp({
    payload,
    isProduction: !dev,
    isShuttingDown: () => isShuttingDown,
    nextHandler: (req, res) => handle(req, res),
  })
  const server = app.listen(port, () => {
    const url = process.env.SERVER_URL || `http://localhost:${port}`
    payload.logger.info(
      `kexie-cms ${dev ? 'development' : 'production'} server ready at ${url}/admin`,
    )
  })
  installGracefulShutdown({ server, payload, onShutdownStart: () => (isShuttingDown = true) })
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^Error: /, '')

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`kexie-cms cannot start: ${error.message}`)
  } else {
    console.error(`kexie-cms cannot start: ${firstLine(error)}`)
    if (process.env.DEBUG) console.error(error)
  }
  process.exit(1)
})
