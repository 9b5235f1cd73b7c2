import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { closeSharedRedis } from '../cluster/redis'

export const SHUTDOWN_DEADLINE_MS = 9000

// How often idle keep-alive sockets are closed while shutting down (see below).
const IDLE_SWEEP_MS = 100

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, then close Next
 * and Payload (jobs crons, database) and exit 0. Requests still running at the deadline are cut
 * off and the process exits 1, well within a 10 s termination grace period.
 */
export const installGracefulShutdown = ({
  server,
  payload,
  closeNext,
  onShutdownStart,
}: {
  server: Server
  payload: Payload
  /** Next's own cleanup: in development it flushes Turbopack's cache and frees `.next/dev/lock`. */
  closeNext?: () => Promise<void>
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

    // server.close() closes the sockets that are idle at that moment, but a kept-alive socket whose
    // request finishes later would hold it open until the client or keepAliveTimeout drops it.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS)
    sweep.unref()

    server.close(async () => {
      clearInterval(sweep)
      try {
        await closeNext?.()
        await payload.destroy()
        await closeSharedRedis()
        payload.logger.info('shut down cleanly')
        process.exit(0)
      } catch (error) {
        payload.logger.error({ err: error }, 'error while shutting down')
        process.exit(1)
      }
    })
  }

  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}
