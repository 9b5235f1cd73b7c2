import { Router } from 'express'
import type { Payload } from 'payload'

const READY_TIMEOUT_MS = 2000

class NoAnswer extends Error {}

/**
 * Asks the database a trivial question through Payload, so the probe means the same thing on
 * SQLite, PostgreSQL and MongoDB. A driver that queues queries while disconnected would hang, so
 * the answer is bounded in time.
 */
export const checkDatabase = async (payload: Payload): Promise<void> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new NoAnswer(`no answer within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    )
  })
  try {
    // A health probe has no user; it reads a count and nothing else.
    await Promise.race([payload.count({ collection: 'users', overrideAccess: true }), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** `/healthz`: the process is up. `/readyz`: it can serve, so the database answers. */
export const healthRouter = ({
  payload,
  isShuttingDown,
}: {
  payload: Payload
  isShuttingDown: () => boolean
}): Router => {
  const router = Router()
  const noStore = { 'Cache-Control': 'no-store' }

  router.get('/healthz', (_req, res) => {
    res.set(noStore).json({ status: 'ok' })
  })

  router.get('/readyz', async (_req, res) => {
    res.set(noStore)
    if (isShuttingDown()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
      return
    }
    try {
      await checkDatabase(payload)
      res.json({ status: 'ready', database: 'ok' })
    } catch (error) {
      // The probe is reachable by anyone: driver errors (hosts, addresses) go to the log only.
      if (!(error instanceof NoAnswer)) {
        payload.logger.warn({ err: error }, 'readiness check: the database query failed')
      }
      res.status(503).json({
        status: 'unavailable',
        reason: `database: ${error instanceof NoAnswer ? error.message : 'query failed'}`,
      })
    }
  })

  return router
}
