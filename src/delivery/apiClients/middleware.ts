import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { allowClientOrigin } from './cors'
import type { ApiClientGrant } from './lookup'
import { checkApiKey } from './lookup'
import { bearerApiKey } from './key'

/** Routes that check the key themselves (the draft preview): the header stays for them. */
const KEEPS_KEY = /^\/api\/preview\//

const refuse = (res: Response, status: number, message: string) =>
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message }] })

/** The downstream client a request came with, once its key was accepted. */
export const apiClientOf = (res: Response): ApiClientGrant | undefined =>
  res.locals.apiClient as ApiClientGrant | undefined

/**
 * Recognizes a downstream site's key (`Authorization: Bearer kx_…`): unknown or revoked → 401; a
 * browser whose `Origin` is not among the client's allowed origins → 403, one whose origin is
 * gets `Access-Control-Allow-Origin` for it (./cors.ts answers the preflight). An accepted key is
 * noted for the rate limits (counted per key, not per address) and then taken off the request:
 * the site reads published content as the public does, from the delivery cache. Requests without
 * a key, or with Payload's own tokens, pass untouched.
 */
export const apiClientKeys =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    const key = bearerApiKey(req.headers.authorization)
    if (!key || !req.path.startsWith('/api/')) return next()
    try {
      const check = await checkApiKey(payload, key)
      if (!check.ok) {
        return refuse(
          res,
          401,
          check.reason === 'revoked' ? 'This API key was revoked.' : 'Unknown API key.',
        )
      }
      const { origin } = req.headers
      if (origin && !check.client.allowedOrigins.includes(origin)) {
        return refuse(res, 403, 'This API key is not allowed from this origin.')
      }
      if (origin) allowClientOrigin(res, origin)
      res.locals.apiClient = check.client
      if (!KEEPS_KEY.test(req.path)) delete req.headers.authorization
      next()
    } catch (error) {
      next(error)
    }
  }
