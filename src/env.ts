import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

import type { CleanedEnv } from 'envalid'
import { cleanEnv, makeValidator, str } from 'envalid'

import { DEFAULT_ADMIN_TIME_ZONE, isTimeZone } from './admin/dates'

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

// Validators for the shapes our settings take. An empty value is refused like any other bad one:
// `RATE_LIMIT_LOGIN=` must not quietly become 0 (no limit); leaving a variable out gives the default.
const numberWhere = (test: (value: number) => boolean, shape: string) =>
  makeValidator<number>((raw) => {
    const value = raw.trim() === '' ? Number.NaN : Number(raw)
    if (!test(value)) throw new Error(`must be ${shape}, got "${raw}"`)
    return value
  })

const wholeNumber = numberWhere((n) => Number.isInteger(n) && n >= 0, 'a whole number (0 or more)')
const countFromOne = numberWhere((n) => Number.isInteger(n) && n >= 1, 'a whole number from 1')
const positive = numberWhere((n) => Number.isFinite(n) && n > 0, 'a positive number')
const portNumber = numberWhere((n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number')
const httpUrl = makeValidator<string>((raw) => {
  const value = raw.trim().replace(/\/$/, '')
  if (!/^https?:\/\/[^/]+/.test(value)) throw new Error(`must be an http(s) URL, got "${raw}"`)
  return value
})
const redisAddress = makeValidator<string>((raw) => {
  const value = raw.trim()
  if (!/^rediss?:\/\/[^/]*/.test(value)) throw new Error(`must be a redis:// URL, got "${raw}"`)
  return value
})
const cronExpression = makeValidator<string>((raw) => {
  const value = raw.trim()
  if (!/^\S+(\s+\S+){4,5}$/.test(value)) {
    throw new Error(`must be a cron expression of 5 or 6 fields such as "* * * * *", got "${raw}"`)
  }
  return value
})
const timeZone = makeValidator<string>((raw) => {
  if (!isTimeZone(raw)) {
    throw new Error(`must be an IANA time zone such as Asia/Shanghai or UTC, got "${raw}"`)
  }
  return raw
})
const strictBool = makeValidator<boolean>((raw) => {
  const value = raw.trim()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new Error(`must be true or false, got "${raw}"`)
})

/**
 * Every setting the CMS reads from its environment, with its default. Listed with a comment in
 * `.env.example`; docs/configuration.md explains each. Internal switches that the CMS sets for
 * itself (DISABLE_PAYLOAD_HMR, PAYLOAD_MIGRATING, NEXT_PHASE) are not settings.
 */
const spec = {
  NODE_ENV: str({ default: 'development' }),
  DATABASE_URI: str({ default: 'file:./data/kexie.db' }),
  PAYLOAD_SECRET: str({ default: '' }),
  PORT: portNumber({ default: 3000 }),
  SERVER_URL: httpUrl({ default: undefined }),
  CORS_ORIGINS: str({ default: '' }),
  TRUST_PROXY: str({ default: '' }),
  LOG_LEVEL: str({
    default: 'info',
    choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
  }),
  MAX_UPLOAD_MB: positive({ default: 20 }),
  MAX_IMAGE_MEGAPIXELS: positive({ default: 100 }),
  CACHE_ENABLED: strictBool({ default: true }),
  CACHE_MAX_AGE: wholeNumber({ default: 60 }),
  CACHE_S_MAXAGE: wholeNumber({ default: 300 }),
  CACHE_SWR: wholeNumber({ default: 600 }),
  CACHE_MAX_ENTRIES: countFromOne({ default: 500 }),
  CACHE_MAX_MB: countFromOne({ default: 64 }),
  CACHE_MISS_CONCURRENCY: countFromOne({ default: 8 }),
  CACHE_MISS_QUEUE: wholeNumber({ default: 256 }),
  RATE_LIMIT_LOGIN: wholeNumber({ default: 10 }),
  RATE_LIMIT_READ: wholeNumber({ default: 600 }),
  LOGIN_MAX_ATTEMPTS: countFromOne({ default: 5 }),
  LOGIN_LOCK_MINUTES: positive({ default: 10 }),
  PREVIEW_TTL_MINUTES: positive({ default: 10 }),
  PREVIEW_URL_TEMPLATE: str({ default: '' }),
  WEBHOOK_ALLOW_PRIVATE: strictBool({ default: false }),
  WEBHOOK_RETRY_DELAY_MS: wholeNumber({ default: 30_000 }),
  ROSTER_MAX_ROWS: countFromOne({ default: 5000 }),
  SMTP_URL: str({ default: '' }),
  EMAIL_FROM: str({ default: '' }),
  ADMIN_TIME_ZONE: timeZone({ default: DEFAULT_ADMIN_TIME_ZONE }),
  S3_BUCKET: str({ default: '' }),
  S3_ENDPOINT: httpUrl({ default: '' }),
  S3_REGION: str({ default: 'us-east-1' }),
  S3_ACCESS_KEY_ID: str({ default: '' }),
  S3_SECRET_ACCESS_KEY: str({ default: '' }),
  S3_FORCE_PATH_STYLE: strictBool({ default: false }),
  S3_PUBLIC_URL: httpUrl({ default: '' }),
  REDIS_URL: redisAddress({ default: '' }),
  JOBS_AUTORUN: strictBool({ default: true }),
  JOBS_CRON: cronExpression({ default: '* * * * *' }),
  CDN_PURGE_URL: httpUrl({ default: '' }),
  CDN_PURGE_TOKEN: str({ default: '' }),
}

/** The names of every setting, for `.env.example` and the docs to be checked against. */
export const SETTING_NAMES = Object.keys(spec) as readonly (keyof typeof spec)[]

export type Settings = { readonly [Name in keyof typeof spec]: CleanedEnv<typeof spec>[Name] }

/** Settings that only make sense together: one without the other is a mistake, said at start-up. */
const checkTogether = (values: Settings): void => {
  const hasKey = values.S3_ACCESS_KEY_ID !== ''
  const hasSecret = values.S3_SECRET_ACCESS_KEY !== ''
  if (hasKey !== hasSecret) {
    const missing = hasKey ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'
    throw new ConfigError(missing, 'is required with the other S3 credential')
  }
  if (!values.S3_BUCKET) {
    const stray = (['S3_ENDPOINT', 'S3_PUBLIC_URL', 'S3_ACCESS_KEY_ID'] as const).find(
      (name) => values[name] !== '',
    )
    if (stray) throw new ConfigError('S3_BUCKET', `is required when ${stray} is set`)
  }
}

let cached: { key: string; settings: Settings } | undefined

/**
 * The validated settings, read from `process.env` now. Tests and the CLI change variables at run
 * time, so the answer is recomputed when any of them changed (a string compare on each call).
 * A bad value throws a ConfigError naming the first variable at fault.
 */
export const settings = (): Settings => {
  const names = SETTING_NAMES
  const key = names.map((name) => process.env[name] ?? '\u0000').join('\u0001')
  if (cached?.key === key) return cached.settings
  const cleaned = cleanEnv(process.env, spec, {
    reporter: ({ errors }) => {
      const [name, error] = Object.entries(errors)[0] ?? []
      if (name && error) throw new ConfigError(name, error.message)
    },
  })
  // A plain object: envalid's proxy refuses unknown keys and mutation, which tests don't need.
  const plain = Object.fromEntries(names.map((name) => [name, cleaned[name]])) as Settings
  checkTogether(plain)
  cached = { key, settings: plain }
  return plain
}

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/**
 * `DEBUG` set: a failed start or command prints the whole error after its one line. Read without
 * validation, because it matters most when the configuration itself is what failed.
 */
export const isDebug = (): boolean => Boolean(process.env.DEBUG)

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

export const serverUrl = (): string => {
  const { SERVER_URL, PORT } = settings()
  return SERVER_URL ?? `http://localhost:${PORT}`
}

/** Origins allowed to call the API from a browser: the CMS itself and `CORS_ORIGINS`. */
export const allowedOrigins = (): string[] => {
  const extra = settings()
    .CORS_ORIGINS.split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  return [...new Set([serverUrl(), ...extra])]
}

export const maxUploadBytes = (): number => Math.floor(settings().MAX_UPLOAD_MB * 1024 * 1024)

/**
 * Whether the delivery cache (in-memory answers with ETags) is on; `CACHE_ENABLED=false` turns it
 * off, leaving Payload to answer every request (benchmarks compare the two).
 */
export const isCacheEnabled = (): boolean => settings().CACHE_ENABLED

/** The most data rows one award-roster import may carry (`ROSTER_MAX_ROWS`, default 5000). */
export const rosterMaxRows = (): number => settings().ROSTER_MAX_ROWS

/** Where media files go: S3-compatible object storage when `S3_BUCKET` is set, else `media/`. */
export type MediaStore =
  | { kind: 'disk' }
  | {
      kind: 's3'
      bucket: string
      endpoint?: string
      region: string
      credentials?: { accessKeyId: string; secretAccessKey: string }
      forcePathStyle: boolean
      publicUrl?: string
    }

export const mediaStore = (): MediaStore => {
  const values = settings()
  if (!values.S3_BUCKET) return { kind: 'disk' }
  return {
    kind: 's3',
    bucket: values.S3_BUCKET,
    endpoint: values.S3_ENDPOINT || undefined,
    region: values.S3_REGION,
    credentials: values.S3_ACCESS_KEY_ID
      ? { accessKeyId: values.S3_ACCESS_KEY_ID, secretAccessKey: values.S3_SECRET_ACCESS_KEY }
      : undefined,
    forcePathStyle: values.S3_FORCE_PATH_STYLE,
    publicUrl: values.S3_PUBLIC_URL || undefined,
  }
}

/** The Redis server the instances of a cluster share (`REDIS_URL`), or undefined on one machine. */
export const redisUrl = (): string | undefined => settings().REDIS_URL || undefined

/** Whether this process runs the jobs queue itself (`JOBS_AUTORUN`; a cluster's web instances: false). */
export const isJobsAutorun = (): boolean => settings().JOBS_AUTORUN

/** When the jobs queue looks for due jobs (`JOBS_CRON`, every minute by default). */
export const jobsCron = (): string => settings().JOBS_CRON
