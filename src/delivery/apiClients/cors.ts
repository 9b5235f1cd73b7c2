import type { RequestHandler, Response } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { isClientOrigin } from './lookup'

/**
 * What a downstream site's browser may send: its key, and what a reader's fetch adds (content
 * negotiation, revalidation with the ETag, a GraphQL query in a JSON body or a long one as a
 * form with the method override).
 */
export const CLIENT_REQUEST_HEADERS = [
  'Authorization',
  'Accept',
  'Accept-Language',
  'Content-Type',
  'If-None-Match',
  'X-Payload-HTTP-Method-Override',
]
/** A key reads: GET, and POST for GraphQL queries and the method override. */
export const CLIENT_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS']
/** What the site's script may read of an answer besides the simple headers. */
export const CLIENT_EXPOSED_HEADERS = ['ETag', 'X-Cache', 'Retry-After']
/** Seconds a browser keeps a preflight's answer (Chromium caps it at 7200). */
export const PREFLIGHT_MAX_AGE_SECONDS = 600

/** The origins Payload's own `cors` setting allows ('*' allows every origin). */
export const payloadCorsOrigins = (cors: SanitizedConfig['cors']): '*' | string[] => {
  if (cors === '*') return '*'
  if (Array.isArray(cors)) return cors
  return cors && typeof cors === 'object' ? cors.origins : []
}

/** Lets a browser from `origin` read this answer: set once a request's key allows that origin. */
export const allowClientOrigin = (res: Response, origin: string): void => {
  res.set({
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': CLIENT_EXPOSED_HEADERS.join(', '),
  })
}

/**
 * CORS for downstream sites' browsers, in front of everything under `/api`. Payload answers CORS
 * for the origins of its `cors` setting (SERVER_URL and CORS_ORIGINS) on its own answers; a hit
 * from the delivery cache is not Payload's, so those origins get the same
 * `Access-Control-Allow-Origin` (and `-Credentials`) here, on every answer.
 *
 * A site's origins live on its API client (`allowedOrigins`). A preflight carries no key, so an
 * `OPTIONS` from an origin some client that is not revoked allows is answered here (204, its
 * methods and headers, `Authorization` among them); the request that follows is then checked
 * against its own key's origins (apiClientKeys: 403 from another origin) and gets
 * `Access-Control-Allow-Origin` only when its key allows the origin. Every other preflight goes on
 * to Payload, which allows only its own origins. Answers under `/api` vary by `Origin`.
 */
export const clientCors =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    const { origin } = req.headers
    if (!origin || !req.path.startsWith('/api/')) return next()
    res.vary('Origin')
    const payloadOrigins = payloadCorsOrigins(payload.config.cors)
    if (payloadOrigins === '*' || payloadOrigins.includes(origin)) {
      if (req.method !== 'OPTIONS') {
        res.set({
          'Access-Control-Allow-Origin': payloadOrigins === '*' ? '*' : origin,
          ...(payloadOrigins === '*' ? {} : { 'Access-Control-Allow-Credentials': 'true' }),
        })
      }
      return next()
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return next()
    try {
      if (!(await isClientOrigin(payload, origin))) return next()
      res
        .status(204)
        .set({
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': CLIENT_METHODS.join(', '),
          'Access-Control-Allow-Headers': CLIENT_REQUEST_HEADERS.join(', '),
          'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
        })
        .end()
    } catch (error) {
      next(error)
    }
  }
