import type { RequestHandler } from 'express'

import { settings } from '@/env'
import { sendError } from '@/http/errorAnswer'

import { CLIENT_IP_HEADER, credentialLimiter } from './credentials'
import { fixedWindow } from './fixedWindow'

const READ_WINDOW_MS = 60 * 1000
/** Password guessing and reset-mail flooding go through these; `maxLoginAttempts` locks per account. */
const CREDENTIAL_PATHS = new Set(['/api/users/login', '/api/users/forgot-password'])

/**
 * Per-IP limits: RATE_LIMIT_LOGIN per 15 minutes on login and forgot-password, RATE_LIMIT_READ per
 * minute on `/api` GETs. 0 turns a limit off. Over the limit: 429 with `Retry-After`.
 */
export const rateLimits = ({
  loginPerWindow = settings().RATE_LIMIT_LOGIN,
  readsPerWindow = settings().RATE_LIMIT_READ,
} = {}): RequestHandler => {
  const login = credentialLimiter(loginPerWindow)
  const read = fixedWindow(readsPerWindow, READ_WINDOW_MS)

  return (req, res, next) => {
    const path = req.path
    // GraphQL's loginUser and forgotPasswordUser are counted by the users collection's hook; a
    // client's own header of that name is always replaced.
    req.headers[CLIENT_IP_HEADER] = req.ip ?? ''
    let retryAfter: number | undefined
    if (req.method === 'POST' && CREDENTIAL_PATHS.has(path) && loginPerWindow > 0) {
      retryAfter = login(req.ip ?? '')
    } else if (req.method === 'GET' && path.startsWith('/api/') && readsPerWindow > 0) {
      retryAfter = read(req.ip ?? '')
    }
    if (retryAfter === undefined) return next()
    res.set('Retry-After', String(retryAfter))
    sendError(res, 429, 'Too many requests; try again later')
  }
}
