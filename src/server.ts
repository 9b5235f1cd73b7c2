import type { Server } from 'node:http'
import path from 'node:path'

import type { Express } from 'express'
import next from 'next'
import { getPayload } from 'payload'

import { firstLine, loadCommandSettings } from './cli'
import { assertDatabaseReachable, refreshPlannerStatistics } from './database'
import { ConfigError, isDebug, isProduction, serverUrl, settings } from './env'
import { createApp } from './http/app'
import { installGracefulShutdown } from './http/shutdown'
import { ensureDemoUsers, formatDemoAccounts } from './seed/demoUsers'
import { seedDemoContent } from './seed/index'
import { recoverInterruptedTransitions } from './workflow/recovery'

/**
 * The kexie-cms HTTP server: express in front of Next (admin UI and Payload's API), for
 * development (`npm run dev`) and production (`npm start`) alike.
 */
const main = async () => {
  // A start-up that ends with exit code 0 before the server listens is a failure that says
  // nothing. Known causes: a prompt of Payload's SQL adapters with no terminal to answer it (a
  // schema push that would lose data, migrating over a pushed schema), and on Node 20 an import of
  // the config that never settles when node runs without an explicit export condition (see
  // scripts/run.mjs; `npm run dev` and `npm start` pass one). Say where, and exit 1.
  let stage = 'reading the configuration'
  let isListening = false
  process.on('exit', (code) => {
    if (isListening || code !== 0) return
    console.error(`kexie-cms cannot start: the process ended while ${stage}, without an error`)
    process.exitCode = 1
  })

  // Settle configuration before anything starts, so a mistake is one line, not a stack trace.
  const target = loadCommandSettings()
  const dev = !isProduction()
  const { PORT: port } = settings()
  await assertDatabaseReachable(target)

  stage = 'loading payload.config.ts'
  const { default: config } = await import('@payload-config')
  stage = `opening the ${target.kind} database`
  let payload
  try {
    // Without the jobs cron for now: nothing else may use the database before recovery below.
    payload = await getPayload({ config })
  } catch (error) {
    throw new ConfigError(
      'DATABASE_URI',
      `cannot open the ${target.kind} database: ${firstLine(error)}`,
    )
  }

  stage = 'completing interrupted workflow transitions'
  try {
    await recoverInterruptedTransitions(payload)
  } catch (error) {
    // The server still starts: the records stay as they are and the next start tries again.
    payload.logger.error(
      { err: error },
      'workflow: recovery of interrupted transitions failed; documents may be half published until the next start',
    )
  }
  // Now the jobs queue may run (initialises the cron on the cached instance).
  await getPayload({ config, cron: true })

  if (dev) {
    stage = 'seeding the demo accounts and content'
    const accounts = await ensureDemoUsers(payload)
    if (accounts.length) console.log(`\n${formatDemoAccounts(accounts)}\n`)
    await seedDemoContent(payload)
  }
  // Worth having, never worth refusing to start over.
  await refreshPlannerStatistics(payload).catch((error: unknown) =>
    payload.logger.warn({ err: error }, 'could not refresh the query planner statistics'),
  )

  stage = 'preparing Next'
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
  stage = `binding port ${port}`
  const server = await listen(app, port)
  isListening = true
  const url = serverUrl()
  payload.logger.info(
    `kexie-cms ${dev ? 'development' : 'production'} server ready at ${url}/admin`,
  )
  installGracefulShutdown({
    server,
    payload,
    closeNext: () => nextApp.close(),
    onShutdownStart: () => (isShuttingDown = true),
  })
}

/** Resolves once the port is bound; a port in use is a configuration mistake, not a crash. */
const listen = (app: Express, port: number) =>
  new Promise<Server>((resolve, reject) => {
    // express 5 hands listen errors to the callback, where they are easy to mistake for success.
    const server = app.listen(port, (error?: Error) => {
      if (!error) return resolve(server)
      const code = (error as NodeJS.ErrnoException).code
      reject(
        new ConfigError(
          'PORT',
          code === 'EADDRINUSE'
            ? `${port} is already in use`
            : `cannot listen on ${port} (${code ?? error.message})`,
        ),
      )
    })
  })

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`kexie-cms cannot start: ${error.message}`)
  } else {
    console.error(`kexie-cms cannot start: ${firstLine(error)}`)
    if (isDebug()) console.error(error)
  }
  process.exit(1)
})
