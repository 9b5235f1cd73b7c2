import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { CLIENT_IP_HEADER, credentialLimiter } from '@/delivery/rateLimit/credentials'
import { settings } from '@/env'

/**
 * RATE_LIMIT_LOGIN for GraphQL's `loginUser` and `forgotPasswordUser`, on the same per-address
 * count as the REST paths (which express refuses before Payload sees them). Only requests that
 * came through the express front carry the address; server-side calls carry none.
 */
export const throttleCredentials: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const address = req.headers?.get(CLIENT_IP_HEADER)
  const perWindow = settings().RATE_LIMIT_LOGIN
  if (address === null || address === undefined || perWindow === 0) return args
  const isRest = !new URL(req.url ?? 'http://internal/').pathname.endsWith('/graphql')
  if (isRest) return args
  const retryAfter = await credentialLimiter(perWindow)(address)
  if (retryAfter !== undefined) {
    throw new APIError('Too many requests; try again later', 429, { retryAfter }, true)
  }
  return args
}
