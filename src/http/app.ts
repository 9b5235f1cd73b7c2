import compression from 'compression'
import express from 'express'
import type { Express, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { healthRouter } from './health'
import { requestLogger } from './requestLogger'
import { securityHeaders } from './securityHeaders'

export type AppOptions = {
  payload: Payload
  /** Next's request handler (admin UI and Payload's REST/GraphQL routes). */
  nextHandler: RequestHandler
  isProduction: boolean
  isShuttingDown?: () => boolean
}

/**
 * The HTTP front: health probes, security headers, compression and request logging, then Next.
 * No body parser here: Payload's route handlers read the raw request body themselves.
 */
export const createApp = ({
  payload,
  nextHandler,
  isProduction,
  isShuttingDown = () => false,
}: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')

  app.use(requestLogger(payload.logger))
  app.use(healthRouter({ payload, isShuttingDown }))
  app.use(securityHeaders({ isProduction }))
  app.use(compression())
  app.use((req, res, next) => {
    // A request arriving on a kept-alive socket during shutdown is told to reconnect elsewhere.
    if (isShuttingDown()) res.set('Connection', 'close')
    next()
  })
  app.all('/{*path}', nextHandler)
  return app
}
