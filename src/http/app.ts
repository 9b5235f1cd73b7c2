import compression from 'compression'
import express from 'express'
import type { Express, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { clientCors } from '../delivery/apiClients/cors'
import { apiClientKeys } from '../delivery/apiClients/middleware'
import { deliveryCache } from '../delivery/cache/middleware'
import { methodOverrideAsGet } from '../delivery/limits/methodOverride'
import { restBounds } from '../delivery/limits/restBounds'
import { staffCheck } from '../delivery/limits/staffCaller'
import { rateLimits, readCounter } from '../delivery/rateLimit/middleware'
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
  // CORS for Payload's origins on every answer (a cache hit too) and preflights from the origins
  // downstream sites' keys allow.
  app.use(clientCors(payload))
  // A query sent in a POST body becomes the GET it stands for, so every limit below applies to it.
  app.use(methodOverrideAsGet())
  const cache = deliveryCache(payload)
  const countRead = readCounter()
  // The order below, cheapest answer first (docs/delivery.md, "The express chain"):
  // 1. A delivery-cache hit for an anonymous reader, or for a downstream site whose key the
  //    in-memory check already knows, is answered here: its read is counted like any other (per
  //    key, else per address), and it skips the key lookup, the bounds and the database guard.
  //    Signed-in, draft and preview requests never take this way; a miss goes on unchanged.
  app.use(cache.answerHits({ countRead }))
  // 2. A downstream site's key, so the rate limits count its reads per key (a database read only
  //    when the key was not looked up lately).
  app.use(apiClientKeys(payload))
  app.use(rateLimits({ countRead }))
  // 3. The bounds: the cache keys a URL with its default depth.
  app.use(
    restBounds({
      isStaff: staffCheck(payload),
      tokenCookie: `${payload.config.cookiePrefix}-token`,
      staffMaxDepth: payload.config.maxDepth,
    }),
  )
  // 4. Before the cache's full way: it asks the database which answers are current.
  app.use(databaseGuard(payload))
  app.use(cache.answer)
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
