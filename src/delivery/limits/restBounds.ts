import type { RequestHandler, Response } from 'express'

/** The largest page a list request may ask for; downstream sites page through the rest. */
export const MAX_LIMIT = 100
/** Depth when a request names none: the document and its direct relations. */
export const DEFAULT_DEPTH = 1
/**
 * Each level of depth can multiply the documents read by the page size, so a few levels are
 * enough for any page and keep one request from walking the whole relationship graph.
 */
export const MAX_DEPTH = 3
/** JSON bodies are form data, never files: uploads go through multipart, which Payload bounds. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024

const INTEGER = /^\d+$/

const refuse = (res: Response, status: number, message: string) => {
  res.status(status).json({ errors: [{ message }] })
}

/** Why a query string is refused, or undefined when it is within bounds. */
const queryProblem = (params: URLSearchParams): string | undefined => {
  const limit = params.get('limit')
  if (limit !== null) {
    if (!INTEGER.test(limit)) return '`limit` must be a whole number'
    const value = Number(limit)
    // Payload reads `limit=0` as "every document": not something an anonymous client may ask.
    if (value < 1 || value > MAX_LIMIT) return `\`limit\` must be between 1 and ${MAX_LIMIT}`
  }
  // `pagination=false` is the other way Payload returns a whole collection in one answer.
  if (params.get('pagination') === 'false')
    return '`pagination=false` is not allowed; page with `page`'
  const depth = params.get('depth')
  if (depth !== null) {
    if (!INTEGER.test(depth) || Number(depth) > MAX_DEPTH) {
      return `\`depth\` must be a whole number from 0 to ${MAX_DEPTH}`
    }
  }
  return undefined
}

const isMultipart = (contentType: string | undefined) =>
  (contentType ?? '').toLowerCase().startsWith('multipart/form-data')

/**
 * `/api` reads JSON and multipart bodies only. A `text/plain` or form-encoded body is what a
 * cross-site HTML form can send without a CORS preflight, so it is refused outright (a query in a
 * form-encoded body with the method override was turned into a GET before this).
 */
const isAcceptedBodyType = (contentType: string | undefined) => {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  return type === 'application/json' || type === 'multipart/form-data'
}

const hasBody = (headers: Record<string, string | string[] | undefined>) =>
  Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined

/**
 * Bounds on what one `/api` request can cost, checked before Next parses anything: page size,
 * relation depth and JSON body size. GraphQL has its own rules (see graphqlRules.ts).
 */
export const restBounds = (): RequestHandler => (req, res, next) => {
  if (!req.url.startsWith('/api/')) return next()
  const url = new URL(req.url, 'http://internal')

  if (hasBody(req.headers) && !isAcceptedBodyType(req.headers['content-type'])) {
    return refuse(res, 415, 'Request bodies must be application/json or multipart/form-data')
  }
  if (req.method !== 'GET' && req.method !== 'HEAD' && !isMultipart(req.headers['content-type'])) {
    const length = req.headers['content-length']
    if (length === undefined && req.headers['transfer-encoding'] !== undefined) {
      // A streamed body cannot be measured before Next reads it; every JSON client can send a length.
      return refuse(res, 411, 'JSON request bodies must carry a Content-Length')
    }
    if (Number(length) > MAX_JSON_BODY_BYTES) {
      return refuse(res, 413, `JSON request bodies are limited to ${MAX_JSON_BODY_BYTES} bytes`)
    }
  }

  if (url.pathname === '/api/graphql') return next()
  const problem = queryProblem(url.searchParams)
  if (problem) return refuse(res, 400, problem)
  if (req.method === 'GET' && !url.searchParams.has('depth')) {
    // Payload's own default (2) is for the Local API too; only HTTP readers get the smaller one.
    url.searchParams.set('depth', String(DEFAULT_DEPTH))
    req.url = `${url.pathname}${url.search}`
  }
  next()
}
