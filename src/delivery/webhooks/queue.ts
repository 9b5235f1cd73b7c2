import type { PayloadRequest } from 'payload'

import type { Webhook } from '@/payload-types'

import type { DocumentEvent, ReleaseEvent, WebhookEvent } from './constants'
import { GLOBALS_TARGET, RELEASE_COLLECTION, WEBHOOK_TASK } from './constants'

export type ContentEvent = {
  event: DocumentEvent
  collection: string
  doc: { id: string | number; slug?: unknown }
}

export type ReleaseItem = { collection: string; id: string; slug?: string }

export type ReleaseDelivery = {
  event: ReleaseEvent
  release: { id: string; title: string }
  items: ReleaseItem[]
}

/** What a delivery is about: a document of a collection, or a workflow global (`globals/{slug}`). */
type Target = { collection: string; id: string }

/**
 * Whether a webhook's filters take in any of `targets`: with neither `collections` nor `globals`
 * set it follows everything; else a document when its collection is named, a workflow global when
 * its slug is named.
 */
const follows = (webhook: Webhook, targets: readonly Target[]): boolean => {
  const collections = (webhook.collections ?? []) as string[]
  const globals = (webhook.globals ?? []) as string[]
  if (collections.length === 0 && globals.length === 0) return true
  return targets.some(({ collection, id }) =>
    collection === GLOBALS_TARGET ? globals.includes(id) : collections.includes(collection),
  )
}

/**
 * The enabled webhooks following `event` for any of `targets`. Filtered here rather than in the
 * query: "no filter = all" is awkward to express on hasMany selects in the same way on every
 * adapter, and there are only a handful of webhooks.
 */
const subscribers = async (
  req: PayloadRequest,
  event: WebhookEvent,
  targets: readonly Target[],
): Promise<Webhook[]> => {
  // Access skipped: an editor's publish triggers webhooks only admins may read.
  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    where: { enabled: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return webhooks.filter(
    (webhook) => (webhook.events ?? []).includes(event) && follows(webhook, targets),
  )
}

const localeOf = (req: PayloadRequest) =>
  req.locale && req.locale !== 'all' ? req.locale : undefined

/**
 * Writes one delivery job per enabled webhook that follows this event and this document's
 * collection (a workflow global's slug, for `collection: "globals"`). Only the
 * database is touched (in the change's own transaction, so a rolled-back publish queues nothing);
 * the HTTP calls happen later in the jobs queue. Failures are logged, never thrown at the editor.
 */
export const queueWebhookDeliveries = async (
  req: PayloadRequest,
  { event, collection, doc }: ContentEvent,
): Promise<void> => {
  try {
    const matching = await subscribers(req, event, [{ collection, id: String(doc.id) }])
    const locale = localeOf(req)
    const occurredAt = new Date().toISOString()
    for (const webhook of matching) {
      await req.payload.jobs.queue({
        task: WEBHOOK_TASK,
        input: {
          webhook: String(webhook.id),
          event,
          collection,
          documentId: String(doc.id),
          slug: typeof doc.slug === 'string' ? doc.slug : undefined,
          locale,
          occurredAt,
        },
        req,
      })
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'webhooks: could not queue deliveries' })
  }
}

/**
 * One delivery per webhook for a whole release, instead of one per document. A webhook follows it
 * when it subscribes to the release event and its filters are empty, name the release collection
 * or the collection of any item, or name a workflow global the release carries.
 */
export const queueReleaseDeliveries = async (
  req: PayloadRequest,
  { event, release, items }: ReleaseDelivery,
): Promise<void> => {
  try {
    const matching = await subscribers(req, event, [
      { collection: RELEASE_COLLECTION, id: release.id },
      ...items,
    ])
    const occurredAt = new Date().toISOString()
    for (const webhook of matching) {
      await req.payload.jobs.queue({
        task: WEBHOOK_TASK,
        input: {
          webhook: String(webhook.id),
          event,
          collection: RELEASE_COLLECTION,
          documentId: release.id,
          title: release.title,
          items,
          locale: localeOf(req),
          occurredAt,
        },
        req,
      })
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'webhooks: could not queue release deliveries' })
  }
}
