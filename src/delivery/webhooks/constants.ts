import { settings } from '@/env'
import type { WorkflowCollectionSlug } from '@/workflow/stages'
import { WORKFLOW_COLLECTIONS } from '@/workflow/stages'

export const WEBHOOK_TASK = 'webhookDeliver'

export const WEBHOOK_EVENTS = ['publish', 'unpublish', 'delete'] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

/** The collections whose publication a webhook can follow: the six in the editorial workflow. */
export const WEBHOOK_COLLECTIONS: readonly WorkflowCollectionSlug[] = WORKFLOW_COLLECTIONS

export const DELIVERY_TIMEOUT_MS = 5000

/**
 * Base delay of the queue's exponential backoff between attempts. Tests set
 * WEBHOOK_RETRY_DELAY_MS=0 so a retry is due at once instead of after a wall-clock wait.
 */
export const retryDelayMs = (): number => settings().WEBHOOK_RETRY_DELAY_MS
