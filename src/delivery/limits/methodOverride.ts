import type { RequestHandler, Response } from 'express'

import { sendError } from '@/http/errorAnswer'

import { MAX_JSON_BODY_BYTES } from './restBounds'

const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']

const refuse = (res: Response, status: number, message: string) => {
  sendError(res, status, message)
}

/**
 * Payload reads `POST` with `X-Payload-HTTP-Method-Override: GET` as a `GET` whose query string
 * is the form-encoded body (the admin UI sends long relationship queries that way). Turned into
 * that `GET` here, before the rate limits, the bounds and the cache, so a query in a body gets the
 * same limits as one in the URL. Other override values and bodies are refused.
 */
export const methodOverrideAsGet = (): RequestHandler => async (req, res, next) => {
  const header = OVERRIDE_HEADERS.find((name) => req.headers[name] !== undefined)
  if (!header || !req.url.startsWith('/api/')) return next()
  const value = String(req.headers[header])
  if (req.method !== 'POST' || value.toUpperCase() !== 'GET') {
    return refuse(res, 400, `${header} is only accepted as GET on a POST`)
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') {
    return refuse(res, 415, 'A method-override body must be application/x-www-form-urlencoded')
  }
  if (Number(req.headers['content-length'] ?? MAX_JSON_BODY_BYTES + 1) > MAX_JSON_BODY_BYTES) {
    return refuse(res, 413, `Query bodies are limited to ${MAX_JSON_BODY_BYTES} bytes`)
  }
  try {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > MAX_JSON_BODY_BYTES) {
        return refuse(res, 413, `Query bodies are limited to ${MAX_JSON_BODY_BYTES} bytes`)
      }
      chunks.push(chunk)
    }
    const url = new URL(req.url, 'http://internal')
    const fromBody = new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
    for (const [name, param] of fromBody) url.searchParams.append(name, param)
    req.method = 'GET'
    req.url = `${url.pathname}${url.search}`
    for (const name of [...OVERRIDE_HEADERS, 'content-type', 'content-length']) {
      delete req.headers[name]
    }
    next()
  } catch (error) {
    next(error)
  }
}
