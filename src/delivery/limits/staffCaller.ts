import type { IncomingHttpHeaders } from 'node:http'

import { executeAuthStrategies } from 'payload'
import type { Payload } from 'payload'

import { ROLES } from '@/access/roles'

/** Whether the request's credentials belong to a signed-in member of staff. */
export type StaffCheck = (headers: IncomingHttpHeaders) => Promise<boolean>

/**
 * Whether a request carries anything that could be credentials: an `Authorization` header or
 * Payload's token cookie. Only a hint for skipping the real check; it proves nothing.
 */
export const carriesCredentials = (headers: IncomingHttpHeaders, cookieName: string): boolean =>
  Boolean(headers.authorization) ||
  (headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${cookieName}=`))

const toWebHeaders = (headers: IncomingHttpHeaders): Headers => {
  const result = new Headers()
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) result.append(name, item)
  }
  return result
}

/**
 * Asks Payload's own auth strategies (the JWT in `Authorization: JWT …` or the `payload-token`
 * cookie, and API keys where a collection enables them) who is calling, exactly as Payload's
 * route would: the signature is checked with the secret, the account must still exist, its
 * session must still be open, and a cookie only counts under Payload's CSRF rules. A forged or
 * expired token is an anonymous caller. Costs one JWT verification and one read of the user.
 * Unlike `payload.auth`, it does not compute the caller's permissions, which nothing here needs.
 */
export const staffCheck =
  (payload: Payload): StaffCheck =>
  async (headers) => {
    try {
      const webHeaders = toWebHeaders(headers)
      // Payload's autologin (a development convenience) must never stand in for credentials.
      webHeaders.set('DisableAutologin', 'true')
      const { user } = await executeAuthStrategies({ headers: webHeaders, payload })
      const roles: unknown = user && 'roles' in user ? user.roles : undefined
      return (
        user?.collection === payload.config.admin.user &&
        Array.isArray(roles) &&
        roles.some((role) => (ROLES as readonly unknown[]).includes(role))
      )
    } catch {
      return false
    }
  }
