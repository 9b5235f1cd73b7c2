import type { PayloadRequest } from 'payload'

import type { WebhookEvent } from './constants'
import { WEBHOOK_TASK } from './constants'

export type ContentEvent = {
  event: WebhookEvent
  collection: string
  doc: { id: string | number; slug?: unknown }
}

/**
 * Writes one delivery job per enabled webhook that follows this event and collection. Only the
 * database is touched (in the change's own transaction, so a rolled-back publish queues nothing);
 * the HTTP calls happen later in the jobs queue. Failures are logged, never thrown at the editor.
 */
export const queueWebhookDeliveries = async (
  req: PayloadRequest,
  { event, collection, doc }: ContentEvent,
): Promise<void> => {
  try {
    // Access skipped: an editor's publish triggers webhooks only admins may read.
    const { docs: webhooks } = await req.payload.find({
      collection: 'webhooks',
      where: { enabled: { equals: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    // Filtered here rather than in the query: "no collections = all" is awkward to express on
    // hasMany selects in the same way on every adapter, and there are only a handful of webhooks.
    const matching = webhooks.filter(
      (webhook) =>
        (webhook.events ?? []).includes(event) &&
        (!webhook.collections?.length || (webhook.collections as string[]).includes(collection)),
    )
    const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
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
