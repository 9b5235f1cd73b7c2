import type { RequestHandler } from 'express'
import type { AfterErrorHook, Payload } from 'payload'

import { isDatabaseUnavailable } from '../database'

import { errorBody } from './errorAnswer'
import { checkDatabase } from './health'

/** Seconds a client is asked to wait (`Retry-After`) while the database is away. */
export const RETRY_AFTER_SECONDS = 5

// While an outage is known, the database is asked again at most this often.
const PROBE_INTERVAL_MS = 1000

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable. Nothing was changed; try again in a few seconds.'

export const databaseUnavailableBody = () => errorBody(DATABASE_UNAVAILABLE_MESSAGE)

type OutageState = { since: number | null; probe: Promise<boolean> | null; probedAt: number }

// On globalThis: the production server bundle and Next's compiled route handlers each have their
// own copy of this module, and both must see the same outage.
const STATE_KEY = Symbol.for('kexie.databaseOutage')
const state = (): OutageState =>
  ((globalThis as Record<symbol, OutageState | undefined>)[STATE_KEY] ??= {
    since: null,
    probe: null,
    probedAt: 0,
  })

export const markDatabaseUnavailable = (): void => {
  state().since ??= Date.now()
}

export const isOutageKnown = (): boolean => state().since !== null

/**
 * Payload's `afterError` hook (every REST, GraphQL and custom endpoint error passes it): an error
 * that means the database is away answers 503 with a plain message and `Retry-After`, instead of a
 * 500 that reads like a bug. https://payloadcms.com/docs/hooks/overview#root-hooks
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error)) return
  markDatabaseUnavailable()
  if (graphqlResult) {
    // GraphQL answers 200 with `errors`; the express guard turns the next requests into 503s.
    return {
      graphqlResult: {
        ...graphqlResult,
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { ...graphqlResult.extensions, statusCode: 503 },
      },
    }
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
  return { status: 503, response: databaseUnavailableBody() }
}

/** Asks the database again, at most once per interval whoever is asking; true when it answers. */
const probe = (payload: Payload): Promise<boolean> => {
  const current = state()
  if (current.probe) return current.probe
  if (Date.now() - current.probedAt < PROBE_INTERVAL_MS) return Promise.resolve(false)
  current.probe = checkDatabase(payload)
    .then(() => {
      current.since = null
      return true
    })
    .catch(() => false)
    .finally(() => {
      current.probedAt = Date.now()
      current.probe = null
    })
  return current.probe
}

/**
 * In front of `/api`: once a request has found the database away, the next ones are answered 503
 * at once (GraphQL included) until a probe finds it back, instead of each waiting on a dead
 * connection. Nothing is remembered across restarts, and no request is refused before an outage
 * has been seen.
 */
export const databaseGuard =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    if (!isOutageKnown() || !req.path.startsWith('/api/')) return next()
    if (await probe(payload)) return next()
    res
      .status(503)
      .set({ 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' })
      .json(databaseUnavailableBody())
  }
