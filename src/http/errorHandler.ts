import { STATUS_CODES } from 'node:http'

import type { ErrorRequestHandler } from 'express'
import type { Logger } from 'pino'

/**
 * Errors that reach express (Next answers its own, so these come from express itself, e.g. a
 * malformed URL) are logged through pino and answered without a stack trace. Express's default
 * handler would print the stack with console.error, even for a 4xx.
 */
export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, req, res, _next) => {
    const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown }
    const declared = Number(status ?? statusCode)
    const code = declared >= 400 && declared < 600 ? declared : 500
    if (code >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed')
    // A response already under way cannot turn into an error page: cut it off, as express would.
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.status(code).json({ errors: [{ message: STATUS_CODES[code] ?? 'Error' }] })
  }
