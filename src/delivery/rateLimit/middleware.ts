import type { RequestHandler } from 'express'

import { apiClientOf } from '@/delivery/apiClients/middleware'
import { settings } from '@/env'
import { sendError } from '@/http/errorAnswer'

import { CLIENT_IP_HEADER, credentialLimiter } from './credentials'
import { hitCounter } from './hitCounter'

const READ_WINDOW_MS = 60 * 1000
/** Password guessing and reset-mail flooding go through these; `maxLoginAttempts` locks per account. */
const CREDENTIAL_PATHS = new Set(['/api/users/login', '/api/users/forgot-password'])

/**
 * Per-IP limits: RATE_LIMIT_LOGIN per 15 minutes on login and forgot-password, RATE_LIMIT_READ per
 * minute on `/api` GETs. 0 turns a limit off. Over the limit: 429 with `Retry-After`. With
 * `REDIS_URL` the counts are shared by every instance of a cluster (./hitCounter.ts).
 * A request with a downstream site's API key (src/delivery/apiClients) counts its reads against the
 * key instead, at the client's own `readsPerMinute` or else RATE_LIMIT_READ: many sites behind one
 * address do not share a count, and one site's traffic from many addresses does.
 */
export const rateLimits = ({
  loginPerWindow = settings().RATE_LIMIT_LOGIN,
  readsPerWindow = settings().RATE_LIMIT_READ,
} = {}): RequestHandler => {
  const login = credentialLimiter(loginPerWindow)
  const read = hitCounter(`read:${readsPerWindow}`, readsPerWindow, READ_WINDOW_MS)
  /** One counter per limit a client may have, counting per client id. */
  const clientReads = new Map<number, ReturnType<typeof hitCounter>>()
  const readByClient = (id: string, limit: number) => {
    let counter = clientReads.get(limit)
    if (!counter) {
      counter = hitCounter(`client-read:${limit}`, limit, READ_WINDOW_MS)
      clientReads.set(limit, counter)
    }
    return counter(id)
  }

  return async (req, res, next) => {
    const path = req.path
    // GraphQL's loginUser and forgotPasswordUser are counted by the users collection's hook; a
    // client's own header of that name is always replaced.
    req.headers[CLIENT_IP_HEADER] = req.ip ?? ''
    let retryAfter: number | undefined
    const client = apiClientOf(res)
    const clientLimit = client?.readsPerMinute ?? readsPerWindow
    if (client && req.method === 'GET' && path.startsWith('/api/')) {
      if (clientLimit > 0) retryAfter = await readByClient(client.id, clientLimit)
    } else if (req.method === 'POST' && CREDENTIAL_PATHS.has(path) && loginPerWindow > 0) {
      retryAfter = await login(req.ip ?? '')
    } else if (req.method === 'GET' && path.startsWith('/api/') && readsPerWindow > 0) {
      retryAfter = await read(req.ip ?? '')
    }
    if (retryAfter === undefined) return next()
    res.set('Retry-After', String(retryAfter))
    sendError(res, 429, 'Too many requests; try again later')
  }
}
