import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Keys look like `kx_<prefix><secret>`: the prefix (8 hex characters) finds the client and is
 * shown in the admin to tell keys apart; the whole key is stored only as its SHA-256. The key
 * carries 32 random bytes, so a plain hash is enough (no salt or slow hash needed against
 * guessing, unlike a password).
 */
export const API_KEY_PREFIX = 'kx_'
const PREFIX_LENGTH = 8

export type IssuedKey = { key: string; prefix: string; hash: string }

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')

export const issueApiKey = (): IssuedKey => {
  const prefix = randomBytes(PREFIX_LENGTH / 2).toString('hex')
  const key = `${API_KEY_PREFIX}${prefix}${randomBytes(32).toString('base64url')}`
  return { key, prefix, hash: hashApiKey(key) }
}

/** The lookup prefix of something that looks like one of our keys, else undefined. */
export const prefixOf = (key: string): string | undefined => {
  if (!key.startsWith(API_KEY_PREFIX) || key.length < API_KEY_PREFIX.length + PREFIX_LENGTH + 16) {
    return undefined
  }
  const prefix = key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + PREFIX_LENGTH)
  return /^[0-9a-f]+$/.test(prefix) ? prefix : undefined
}

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export const isKeyOf = (key: string, storedHash: string): boolean => {
  const given = Buffer.from(hashApiKey(key), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}

/**
 * The API key in `Authorization: Bearer kx_…`, else undefined. Other bearer tokens (a Payload
 * JWT sent as `Bearer`) are not ours and stay for Payload.
 */
export const bearerApiKey = (authorization: string | null | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match && match[1]!.startsWith(API_KEY_PREFIX) ? match[1] : undefined
}
