import type { BuiltInContentSlug } from '@/content/registry'
import { deriveFromRegistry } from '@/content/registry'
import { settings } from '@/env'

export const WEBHOOK_TASK = 'webhookDeliver'

/** One document published, unpublished or deleted. */
export const DOCUMENT_EVENTS = ['publish', 'unpublish', 'delete'] as const

/** A release (a batch of documents) published, unpublished or archived: one delivery per batch. */
export const RELEASE_EVENTS = [
  'release.published',
  'release.unpublished',
  'release.archived',
] as const

export const WEBHOOK_EVENTS = [...DOCUMENT_EVENTS, ...RELEASE_EVENTS] as const

export type DocumentEvent = (typeof DOCUMENT_EVENTS)[number]
export type ReleaseEvent = (typeof RELEASE_EVENTS)[number]
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

/** The release collection's slug: its items' deliveries go out as one release event. */
export const RELEASE_COLLECTION = 'releases'

/** How the workflow announces a global under review: `{ collection: "globals", id: slug }`. */
export const GLOBALS_TARGET = 'globals'

/** The collections whose publication a webhook can follow: the registry's content collections. */
export const WEBHOOK_COLLECTIONS: readonly BuiltInContentSlug[] = []

deriveFromRegistry((entry) => {
  if (entry.isContent)
    (WEBHOOK_COLLECTIONS as BuiltInContentSlug[]).push(entry.slug as BuiltInContentSlug)
})

export const DELIVERY_TIMEOUT_MS = 5000

/**
 * Base delay of the queue's exponential backoff between attempts. Tests set
 * WEBHOOK_RETRY_DELAY_MS=0 so a retry is due at once instead of after a wall-clock wait.
 */
export const retryDelayMs = (): number => settings().WEBHOOK_RETRY_DELAY_MS
