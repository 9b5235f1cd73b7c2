import type { HitCounter } from './hitCounter'
import { hitCounter } from './hitCounter'

export const LOGIN_WINDOW_MS = 15 * 60 * 1000

/**
 * The client address as express decided it (after `TRUST_PROXY`), handed to Payload's handlers.
 * express sets it on every `/api` request, replacing whatever a client sent under that name.
 */
export const CLIENT_IP_HEADER = 'x-kexie-client-ip'

const limiters = new Map<string, HitCounter>()

/**
 * One count per address across every way of sending credentials (REST login and forgot-password,
 * and their GraphQL mutations), so switching API does not reset it; with `REDIS_URL` across the
 * instances of a cluster too.
 */
export const credentialLimiter = (perWindow: number): HitCounter => {
  const key = `${perWindow}`
  let limiter = limiters.get(key)
  if (!limiter) {
    limiter = hitCounter(`login:${perWindow}`, perWindow, LOGIN_WINDOW_MS)
    limiters.set(key, limiter)
  }
  return limiter
}
