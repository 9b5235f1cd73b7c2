import type { Plugin } from 'payload'

import { registerPublicationEffect } from '@/publication/effects'

import { WEBHOOK_COLLECTIONS } from './constants'
import { webhookPublicationEffect } from './effect'
import { queueWebhooksAfterChange, queueWebhooksAfterDelete } from './hooks'
import { webhookDeliveryTask } from './task'

/**
 * Queues webhook deliveries when publication changes: through the publication effect for the
 * workflow's announcements (transitions, releases, recovery), through per-document hooks for
 * writes outside it (deletes, direct system writes); and adds the task that sends them. The
 * `webhooks` and `webhook-deliveries` collections are listed in payload.config.ts like every
 * other collection.
 */
export const webhookDelivery = (): Plugin => (config) => ({
  ...registerPublicationEffect(config, webhookPublicationEffect),
  collections: (config.collections ?? []).map((collection) =>
    (WEBHOOK_COLLECTIONS as readonly string[]).includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), queueWebhooksAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), queueWebhooksAfterDelete],
          },
        }
      : collection,
  ),
  jobs: {
    ...config.jobs,
    tasks: [...(config.jobs?.tasks ?? []), webhookDeliveryTask],
  },
})
