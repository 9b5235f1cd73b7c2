import { createHmac, timingSafeEqual } from 'node:crypto'

import { settings } from '@/env'

/** What a preview token opens: exactly one document of one collection, until `exp` (ms). */
export type PreviewClaims = { collection: string; id: string; exp: number }

export type PreviewCheck =
  { ok: true; claims: PreviewClaims } | { ok: false; reason: 'expired' | 'invalid' }

/** Token lifetime in ms: PREVIEW_TTL_MINUTES (fractions allowed), ten minutes by default. */
export const previewTtlMs = (): number => settings().PREVIEW_TTL_MINUTES * 60_000

// A key of its own, so a preview signature can never be mistaken for a session JWT or a webhook
// signature made with the same Payload secret.
const previewKey = (secret: string): Buffer =>
  createHmac('sha256', secret).update('kexie-preview').digest()

const sign = (secret: string, body: string): Buffer =>
  createHmac('sha256', previewKey(secret)).update(body).digest()

/** `base64url(claims).base64url(HMAC-SHA256(claims))`; `now` is a parameter so tests set the clock. */
export const createPreviewToken = (
  secret: string,
  target: { collection: string; id: string },
  now = Date.now(),
): { token: string; expiresAt: Date } => {
  const exp = now + previewTtlMs()
  const claims: PreviewClaims = { collection: target.collection, id: target.id, exp }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return { token: `${body}.${sign(secret, body).toString('base64url')}`, expiresAt: new Date(exp) }
}

const isClaims = (value: unknown): value is PreviewClaims => {
  const claims = value as PreviewClaims
  return (
    typeof claims === 'object' &&
    claims !== null &&
    typeof claims.collection === 'string' &&
    typeof claims.id === 'string' &&
    typeof claims.exp === 'number'
  )
}

/** Checks the signature in constant time before reading anything the token claims. */
export const verifyPreviewToken = (
  secret: string,
  token: string,
  now = Date.now(),
): PreviewCheck => {
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  const given = Buffer.from(signature, 'base64url')
  const expected = sign(secret, body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid' }
  }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (!isClaims(claims)) return { ok: false, reason: 'invalid' }
  if (claims.exp <= now) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}
