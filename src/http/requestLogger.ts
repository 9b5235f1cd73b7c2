import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

/** One log line per request through Payload's pino logger, written when the response is done. */
export const requestLogger =
  (logger: Logger): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6
      const isAsset = req.path.startsWith('/_next/') || req.path.startsWith('/__nextjs')
      const line = {
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
      }
      if (res.statusCode >= 500) logger.error(line, 'request failed')
      else if (isAsset) logger.debug(line, 'request')
      else logger.info(line, 'request')
    })
    next()
  }
