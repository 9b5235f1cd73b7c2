import { fixedWindow } from './fixedWindow'

export const LOGIN_WINDOW_MS = 15 * 60 * 1000

/**
 * The client address as express decided it (after `TRUST_PROXY`), handed to Payload's handlers.
 * express sets it on every `/api` request, replacing whatever a client sent under that name.
 */
export const CLIENT_IP_HEADER = 'x-kexie-client-ip'

const limiters = new Map<number, ReturnType<typeof fixedWindow>>()

/**
 * One count per address across every way of sending credentials (REST login and forgot-password,
 * and their GraphQL mutations), so switching API does not reset it.
 */
export const credentialLimiter = (perWindow: number) => {
  let limiter = limiters.get(perWindow)
  if (!limiter) {
    limiter = fixedWindow(perWindow, LOGIN_WINDOW_MS)
    limiters.set(perWindow, limiter)
  }
  return limiter
}
