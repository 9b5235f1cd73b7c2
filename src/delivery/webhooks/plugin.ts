import type { Plugin } from 'payload'

import { addParts, appendCollectionHooks } from '@/plugins/appendHooks'
import { registerPublicationEffect } from '@/publication/effects'

import { WEBHOOK_COLLECTIONS } from './constants'
import { webhookPublicationEffect } from './effect'
import { queueWebhooksAfterChange, queueWebhooksAfterDelete } from './hooks'
import { webhookDeliveryTask } from './task'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'

/**
 * Signed webhooks: the `webhooks` endpoints and their `webhook-deliveries` log, the task that
 * sends, and queueing deliveries when publication changes (through the publication effect for the
 * workflow's announcements: transitions, releases, recovery; through per-document hooks for
 * writes outside it: deletes, direct system writes).
 */
export const webhookDelivery = (): Plugin => (config) => {
  const withParts = appendCollectionHooks(
    addParts(registerPublicationEffect(config, webhookPublicationEffect), {
      collections: [Webhooks, WebhookDeliveries],
    }),
    (collection) => (WEBHOOK_COLLECTIONS as readonly string[]).includes(collection.slug),
    { afterChange: [queueWebhooksAfterChange], afterDelete: [queueWebhooksAfterDelete] },
  )
  return {
    ...withParts,
    jobs: { ...withParts.jobs, tasks: [...(withParts.jobs?.tasks ?? []), webhookDeliveryTask] },
  }
}
