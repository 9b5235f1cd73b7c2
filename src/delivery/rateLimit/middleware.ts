import type { Request, RequestHandler, Response } from 'express'

import type { ApiClientGrant } from '@/delivery/apiClients/lookup'
import { apiClientOf } from '@/delivery/apiClients/middleware'
import { settings } from '@/env'
import { sendError } from '@/http/errorAnswer'

import { CLIENT_IP_HEADER, credentialLimiter } from './credentials'
import { hitCounter } from './hitCounter'

const READ_WINDOW_MS = 60 * 1000
/** Password guessing and reset-mail flooding go through these; `maxLoginAttempts` locks per account. */
const CREDENTIAL_PATHS = new Set(['/api/users/login', '/api/users/forgot-password'])

/**
 * Counts one `/api` read: against the downstream client's own limit when it came with a key, else
 * against its address. Resolves with the seconds to wait when it is over, else undefined.
 */
export type ReadCounter = (
  req: Request,
  client: ApiClientGrant | undefined,
) => Promise<number | undefined>

/**
 * RATE_LIMIT_READ per minute and address, or a client's own `readsPerMinute` (else RATE_LIMIT_READ)
 * per key. Made once per express front and shared by the delivery cache's early answers and the
 * rate limits below, so a read counts once, wherever it is answered.
 */
export const readCounter = (readsPerWindow = settings().RATE_LIMIT_READ): ReadCounter => {
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
  return async (req, client) => {
    if (client) {
      const limit = client.readsPerMinute ?? readsPerWindow
      return limit > 0 ? readByClient(client.id, limit) : undefined
    }
    return readsPerWindow > 0 ? read(req.ip ?? '') : undefined
  }
}

/** Set by whoever already counted this request's read (the delivery cache's early answer). */
const READ_COUNTED = 'isReadCounted'

export const markReadCounted = (res: Response): void => {
  res.locals[READ_COUNTED] = true
}

/** A 429 with `Retry-After`, as every rate limit answers. */
export const sendTooMany = (res: Response, retryAfter: number): void => {
  res.set('Retry-After', String(retryAfter))
  sendError(res, 429, 'Too many requests; try again later')
}

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
  countRead = readCounter(),
}: { loginPerWindow?: number; countRead?: ReadCounter } = {}): RequestHandler => {
  const login = credentialLimiter(loginPerWindow)

  return async (req, res, next) => {
    const path = req.path
    // GraphQL's loginUser and forgotPasswordUser are counted by the users collection's hook; a
    // client's own header of that name is always replaced.
    req.headers[CLIENT_IP_HEADER] = req.ip ?? ''
    let retryAfter: number | undefined
    if (req.method === 'GET' && path.startsWith('/api/')) {
      if (!res.locals[READ_COUNTED]) retryAfter = await countRead(req, apiClientOf(res))
    } else if (req.method === 'POST' && CREDENTIAL_PATHS.has(path) && loginPerWindow > 0) {
      retryAfter = await login(req.ip ?? '')
    }
    if (retryAfter === undefined) return next()
    sendTooMany(res, retryAfter)
  }
}
