import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'

import { redisUrl } from '@/env'

/**
 * The Redis server a cluster's instances share (`REDIS_URL`): rate limits, the delivery cache's
 * change messages and the workflow lock go through it. Without `REDIS_URL` each of those stays in
 * the process, as on one machine.
 */
type SharedConnections = {
  url: string
  commands: Redis
  subscriber?: Redis
  listeners: Map<string, Set<(message: unknown) => void>>
}

// On globalThis: the production server bundle and Next's compiled route handlers each have their
// own copy of this module, and one pair of connections serves both.
const STATE_KEY = Symbol.for('kexie.sharedRedis')
const holder = globalThis as Record<symbol, SharedConnections | undefined>

/** This process, as the sender of the messages it publishes (it skips its own on receipt). */
export const INSTANCE_ID = randomUUID()

const connect = (url: string) =>
  new Redis(url, {
    // While Redis is away a command fails within a couple of seconds rather than waiting for the
    // reconnect, so a request is answered (a rate limit falls back to the process, a lock says it
    // is unavailable) instead of hanging.
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    connectionName: `kexie-cms:${INSTANCE_ID}`,
  })

const connections = (): SharedConnections | undefined => {
  const url = redisUrl()
  if (!url) return undefined
  const existing = holder[STATE_KEY]
  if (existing?.url === url) return existing
  const created: SharedConnections = { url, commands: connect(url), listeners: new Map() }
  // Errors are reported by the callers that meet them; an unhandled 'error' event would crash.
  created.commands.on('error', () => undefined)
  holder[STATE_KEY] = created
  return created
}

/** The shared command connection, or undefined without `REDIS_URL`. */
export const sharedRedis = (): Redis | undefined => connections()?.commands

/** Sends `message` (JSON) to every instance subscribed to `channel`, this one included. */
export const publishShared = async (channel: string, message: unknown): Promise<boolean> => {
  const redis = sharedRedis()
  if (!redis) return false
  await redis.publish(channel, JSON.stringify({ from: INSTANCE_ID, message }))
  return true
}

/**
 * Calls `listener` with every message another instance publishes on `channel`. Resolves once
 * subscribed; a no-op without `REDIS_URL`. Returns the unsubscribe function.
 */
export const subscribeShared = async (
  channel: string,
  listener: (message: unknown) => void,
): Promise<() => void> => {
  const shared = connections()
  if (!shared) return () => undefined
  if (!shared.subscriber) {
    const subscriber = (shared.subscriber = connect(shared.url))
    subscriber.on('error', () => undefined)
    subscriber.on('message', (from: string, raw: string) => {
      let parsed: { from?: string; message?: unknown }
      try {
        parsed = JSON.parse(raw) as typeof parsed
      } catch {
        return
      }
      if (parsed.from === INSTANCE_ID) return
      for (const each of shared.listeners.get(from) ?? []) each(parsed.message)
    })
  }
  let listeners = shared.listeners.get(channel)
  if (!listeners) {
    shared.listeners.set(channel, (listeners = new Set()))
    await shared.subscriber.subscribe(channel)
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Closes the shared connections (a graceful shutdown, the end of a test). */
export const closeSharedRedis = async (): Promise<void> => {
  const shared = holder[STATE_KEY]
  if (!shared) return
  holder[STATE_KEY] = undefined
  await Promise.all(
    [shared.commands, shared.subscriber].map((client) => client?.quit().catch(() => undefined)),
  )
}
