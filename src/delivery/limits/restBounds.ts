import type { Request, RequestHandler, Response } from 'express'

import { sendError } from '@/http/errorAnswer'

import type { StaffCheck } from './staffCaller'
import { carriesCredentials } from './staffCaller'

/** The largest page a list request may ask for; downstream sites page through the rest. */
export const MAX_LIMIT = 100
/**
 * The largest page a signed-in member of staff may ask for. Payload's admin asks for up to 250
 * related documents at once to label the relation columns of a list view, and one per value of a
 * relationship field it shows; 1000 covers both with room to spare and still bounds one request.
 */
export const STAFF_MAX_LIMIT = 1000
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
  sendError(res, status, message)
}

type Bounds = { maxLimit: number; maxDepth: number; who: string }

const PUBLIC_BOUNDS: Bounds = { maxLimit: MAX_LIMIT, maxDepth: MAX_DEPTH, who: '' }

/** Why a query string is refused, or undefined when it is within bounds. */
const queryProblem = (
  params: URLSearchParams,
  { maxLimit, maxDepth, who }: Bounds,
): string | undefined => {
  const limit = params.get('limit')
  if (limit !== null) {
    if (!INTEGER.test(limit)) return '`limit` must be a whole number'
    const value = Number(limit)
    // Payload reads `limit=0` as "every document": not something any client may ask.
    if (value < 1 || value > maxLimit) return `\`limit\` must be between 1 and ${maxLimit}${who}`
  }
  // `pagination=false` is the other way Payload returns a whole collection in one answer. The
  // admin never sends it over HTTP (its own unpaginated reads go through the Local API).
  if (params.get('pagination') === 'false')
    return '`pagination=false` is not allowed; page with `page`'
  const depth = params.get('depth')
  if (depth !== null) {
    if (!INTEGER.test(depth) || Number(depth) > maxDepth) {
      return `\`depth\` must be a whole number from 0 to ${maxDepth}${who}`
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

export const hasBody = (headers: Record<string, string | string[] | undefined>) =>
  Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined

/** Why a request body is refused before it is read, as [status, message]. */
const bodyProblem = (req: Request): [number, string] | undefined => {
  if (hasBody(req.headers) && !isAcceptedBodyType(req.headers['content-type'])) {
    return [415, 'Request bodies must be application/json or multipart/form-data']
  }
  if (req.method === 'GET' || req.method === 'HEAD' || isMultipart(req.headers['content-type'])) {
    return undefined
  }
  const length = req.headers['content-length']
  if (length === undefined && req.headers['transfer-encoding'] !== undefined) {
    // A streamed body cannot be measured before Next reads it; every JSON client can send a length.
    return [411, 'JSON request bodies must carry a Content-Length']
  }
  if (Number(length) > MAX_JSON_BODY_BYTES) {
    return [413, `JSON request bodies are limited to ${MAX_JSON_BODY_BYTES} bytes`]
  }
  return undefined
}

/**
 * The URL a GET is answered under: without a `depth`, Payload's own default (2) is for the Local
 * API too; only HTTP readers get the smaller one. GraphQL has no `depth` parameter.
 */
export const withDefaultDepth = (requestUrl: string): string => {
  const url = new URL(requestUrl, 'http://internal')
  if (url.pathname === '/api/graphql' || url.searchParams.has('depth')) return requestUrl
  url.searchParams.set('depth', String(DEFAULT_DEPTH))
  return `${url.pathname}${url.search}`
}

export type RestBoundsOptions = {
  /**
   * Who is signed in, asked only for a request over the public bounds that carries credentials.
   * Without it every caller has the public bounds.
   */
  isStaff?: StaffCheck
  /** Payload's token cookie (`<cookiePrefix>-token`). */
  tokenCookie?: string
  /** The deepest `depth` staff may ask for: Payload's own `maxDepth`, which its API view offers. */
  staffMaxDepth?: number
}

/**
 * Bounds on what one `/api` request can cost, checked before Next parses anything: page size,
 * relation depth and JSON body size. GraphQL has its own rules (see graphqlRules.ts).
 *
 * Signed-in staff get wider query bounds (`limit` up to STAFF_MAX_LIMIT, `depth` up to Payload's
 * `maxDepth`), as Payload's admin asks for larger pages than a public client may. Staff-ness is
 * proven, never inferred from a cookie's presence, and only checked when the public bounds refuse
 * a request that carries credentials: every other request pays nothing for it.
 */
export const restBounds = ({
  isStaff,
  tokenCookie = 'payload-token',
  staffMaxDepth = 10,
}: RestBoundsOptions = {}): RequestHandler => {
  const staffBounds: Bounds = {
    maxLimit: STAFF_MAX_LIMIT,
    maxDepth: Math.max(MAX_DEPTH, staffMaxDepth),
    who: ' for signed-in staff',
  }

  return async (req, res, next) => {
    if (!req.url.startsWith('/api/')) return next()
    const refusal = bodyProblem(req)
    if (refusal) return refuse(res, ...refusal)

    const url = new URL(req.url, 'http://internal')
    if (url.pathname === '/api/graphql') return next()
    let problem = queryProblem(url.searchParams, PUBLIC_BOUNDS)
    if (problem && isStaff && carriesCredentials(req.headers, tokenCookie)) {
      if (await isStaff(req.headers)) problem = queryProblem(url.searchParams, staffBounds)
    }
    if (problem) return refuse(res, 400, problem)
    if (req.method === 'GET') req.url = withDefaultDepth(req.url)
    next()
  }
}
