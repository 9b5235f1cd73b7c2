import type { Plugin } from 'payload'

import { WEBHOOK_COLLECTIONS } from './constants'
import { queueWebhooksAfterChange, queueWebhooksAfterDelete } from './hooks'
import { webhookDeliveryTask } from './task'

/**
 * Adds the hooks that queue webhook deliveries on publish, unpublish and delete of content, and
 * the task that sends them. The `webhooks` and `webhook-deliveries` collections are listed in
 * payload.config.ts like every other collection.
 */
export const webhookDelivery = (): Plugin => (config) => ({
  ...config,
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
