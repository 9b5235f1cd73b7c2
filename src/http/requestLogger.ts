import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

/**
 * One log line per request through Payload's pino logger, written when the exchange ends: on
 * 'close' rather than 'finish', so a request the client gave up on is logged too. The summary is
 * the message itself because development logs through pino-pretty, which puts each field of an
 * object on a line of its own; production (JSON lines) also gets the fields, for log queries.
 */
export const requestLogger =
  (logger: Logger, { withFields }: { withFields: boolean }): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    // Read before Next sees the request: it may rewrite req.url.
    const { method, originalUrl: url } = req
    const isAsset = req.path.startsWith('/_next/') || req.path.startsWith('/__nextjs')

    res.once('close', () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
      const isAborted = !res.writableFinished
      const status = res.statusCode
      const summary = `${method} ${url} ${status} ${durationMs} ms${isAborted ? ' (client gave up)' : ''}`
      // 503 is this server saying "not now" (shutting down, database away): worth a warning, but
      // an orchestrator probing /readyz during every shutdown must not raise errors.
      const level = status === 503 ? 'warn' : status >= 500 ? 'error' : isAsset ? 'debug' : 'info'
      if (withFields) {
        logger[level](
          { method, url, status, durationMs, ...(isAborted && { aborted: true }) },
          summary,
        )
      } else {
        logger[level](summary)
      }
    })
    next()
  }
