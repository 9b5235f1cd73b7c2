import { STATUS_CODES } from 'node:http'

import type { ErrorRequestHandler } from 'express'
import type { Logger } from 'pino'

import { isDatabaseUnavailable } from '../database'

import {
  databaseUnavailableBody,
  markDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from './databaseOutage'
import { sendError } from './errorAnswer'

/**
 * Errors that reach express (Next answers its own, so these come from express itself, e.g. a
 * malformed URL) are logged through pino and answered without a stack trace. Express's default
 * handler would print the stack with console.error, even for a 4xx. A database that is away (the
 * delivery cache asks it too) is a 503, as in Payload's routes.
 */
export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, req, res, _next) => {
    const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown }
    const declared = Number(status ?? statusCode)
    const isOutage = isDatabaseUnavailable(error)
    const code = isOutage ? 503 : declared >= 400 && declared < 600 ? declared : 500
    if (isOutage) markDatabaseUnavailable()
    if (code >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed')
    // A response already under way cannot turn into an error page: cut it off, as express would.
    if (res.headersSent) {
      res.destroy()
      return
    }
    if (isOutage) {
      res
        .status(503)
        .set('Retry-After', String(RETRY_AFTER_SECONDS))
        .json(databaseUnavailableBody())
      return
    }
    sendError(res, code, STATUS_CODES[code] ?? 'Error')
  }
