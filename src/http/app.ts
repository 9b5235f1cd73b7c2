import compression from 'compression'
import express from 'express'
import type { Express, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { apiClientKeys } from '../delivery/apiClients/middleware'
import { deliveryCache } from '../delivery/cache/middleware'
import { methodOverrideAsGet } from '../delivery/limits/methodOverride'
import { restBounds } from '../delivery/limits/restBounds'
import { staffCheck } from '../delivery/limits/staffCaller'
import { rateLimits } from '../delivery/rateLimit/middleware'
import { serverUrl, settings } from '../env'

import { databaseGuard } from './databaseOutage'
import { errorHandler } from './errorHandler'
import { healthRouter } from './health'
import { requestLogger } from './requestLogger'
import { securityHeaders } from './securityHeaders'

export type AppOptions = {
  payload: Payload
  /** Next's request handler (admin UI and Payload's REST/GraphQL routes). */
  nextHandler: RequestHandler
  isProduction: boolean
  isShuttingDown?: () => boolean
  /** The public origin (SERVER_URL): HTTPS-only headers are sent only when it is https. */
  publicUrl?: string
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
  publicUrl = serverUrl(),
}: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy(settings().TRUST_PROXY))

  app.use(requestLogger(payload.logger, { withFields: isProduction }))
  app.use(healthRouter({ payload, isShuttingDown }))
  app.use(securityHeaders({ isProduction, isHttps: publicUrl.startsWith('https:') }))
  app.use(compression())
  app.use((req, res, next) => {
    // A request arriving on a kept-alive socket during shutdown is told to reconnect elsewhere.
    if (isShuttingDown()) res.set('Connection', 'close')
    next()
  })
  // A query sent in a POST body becomes the GET it stands for, so every limit below applies to it.
  app.use(methodOverrideAsGet())
  // Cheap refusals first; the cache comes after the bounds so it keys the URL with its default depth.
  // A downstream site's key first: the rate limits count its reads per key.
  app.use(apiClientKeys(payload))
  app.use(rateLimits())
  app.use(
    restBounds({
      isStaff: staffCheck(payload),
      tokenCookie: `${payload.config.cookiePrefix}-token`,
      staffMaxDepth: payload.config.maxDepth,
    }),
  )
  // Before the cache: it asks the database which generation of answers is current.
  app.use(databaseGuard(payload))
  app.use(deliveryCache(payload))
  // Mounted without a path pattern: a route pattern would make express decode the URL and turn a
  // malformed one (`/%E0%A4`) into its own error before Next could answer it.
  app.use(nextHandler)
  app.use(errorHandler(payload.logger))
  return app
}

/**
 * express reads `trust proxy` as a boolean, a hop count, or addresses/subnet names; an env var is
 * always a string, so `true` and `2` are turned into what they mean.
 */
export const trustProxy = (raw: string | undefined): boolean | number | string => {
  const value = raw?.trim()
  if (!value) return 'loopback'
  if (value === 'true' || value === 'false') return value === 'true'
  if (/^\d+$/.test(value)) return Number(value)
  return value
}
