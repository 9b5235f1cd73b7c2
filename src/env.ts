import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

/** A configuration problem that stops start-up with one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`)
    this.name = 'ConfigError'
  }
}

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

// `next build` evaluates the config to collect route data; it signs nothing, so it needs no secret.
const isNextBuild = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

/** Loads `.env` from the working directory into `process.env`, never overriding what is set. */
export const loadEnvFile = (file = path.resolve('.env')): void => {
  if (existsSync(file)) process.loadEnvFile(file)
}

/**
 * The signing secret. Production must provide one; development generates a random one into `.env`
 * on first run, so no secret is ever committed and a restart keeps sessions valid.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isNextBuild()) return 'next-build-does-not-sign'
  if (isProduction()) {
    throw new ConfigError('PAYLOAD_SECRET', 'is required in production (a long random string)')
  }
  // Another process (a CLI, a worker) may have written it since this one read `.env`.
  const file = path.resolve('.env')
  const written = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')).PAYLOAD_SECRET : undefined
  if (written) {
    process.env.PAYLOAD_SECRET = written
    return written
  }
  const generated = randomBytes(32).toString('hex')
  const prefix = existsSync(file) ? '\n' : ''
  appendFileSync(
    file,
    `${prefix}# generated on first run for development\nPAYLOAD_SECRET=${generated}\n`,
  )
  process.env.PAYLOAD_SECRET = generated
  return generated
}

export const serverUrl = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/** Origins allowed to call the API from a browser: the CMS itself and `CORS_ORIGINS`. */
export const allowedOrigins = (): string[] => {
  const extra = (process.env.CORS_ORIGINS || '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  return [...new Set([serverUrl(), ...extra])]
}

export const maxUploadBytes = (): number => {
  const raw = process.env.MAX_UPLOAD_MB
  if (!raw) return 20 * 1024 * 1024
  const megabytes = Number(raw)
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new ConfigError('MAX_UPLOAD_MB', `must be a positive number of megabytes, got "${raw}"`)
  }
  return Math.floor(megabytes * 1024 * 1024)
}

/**
 * Whether the delivery cache (in-memory answers with ETags) is on; `CACHE_ENABLED=false` turns it
 * off, leaving Payload to answer every request (benchmarks compare the two). Any other value, or
 * none, keeps it on.
 */
export const isCacheEnabled = (): boolean => process.env.CACHE_ENABLED?.trim() !== 'false'

/** The most data rows one award-roster import may carry (`ROSTER_MAX_ROWS`, default 5000). */
export const rosterMaxRows = (): number => {
  const raw = process.env.ROSTER_MAX_ROWS?.trim()
  if (!raw) return 5000
  const rows = Number(raw)
  if (!Number.isSafeInteger(rows) || rows <= 0) {
    throw new ConfigError('ROSTER_MAX_ROWS', `must be a whole number of rows above 0, got "${raw}"`)
  }
  return rows
}
