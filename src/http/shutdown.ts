import type { Server } from 'node:http'

import type { Payload } from 'payload'

export const SHUTDOWN_DEADLINE_MS = 9000

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, stop the jobs
 * crons, close the database, exit 0. Requests still running at the deadline are cut off and the
 * process exits 1, well within a 10 s termination grace period.
 */
export const installGracefulShutdown = ({
  server,
  payload,
  onShutdownStart,
}: {
  server: Server
  payload: Payload
  onShutdownStart: () => void
}): void => {
  let isStopping = false

  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) return
    isStopping = true
    onShutdownStart()
    payload.logger.info(`${signal} received: finishing in-flight requests`)

    const deadline = setTimeout(() => {
      payload.logger.error(`shutdown deadline of ${SHUTDOWN_DEADLINE_MS} ms passed: exiting`)
      server.closeAllConnections()
      process.exit(1)
    }, SHUTDOWN_DEADLINE_MS)
    deadline.unref()

    server.close(async () => {
      try {
        await payload.destroy()
        payload.logger.info('database closed, bye')
        process.exit(0)
      } catch (error) {
        payload.logger.error({ err: error }, 'error while closing the database')
        process.exit(1)
      }
    })
    // Keep-alive sockets with no request on them would hold server.close() open.
    server.closeIdleConnections()
  }

  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}
