import type { Plugin } from 'payload'

import { appendCollectionHooks } from '@/plugins/appendHooks'
import { inPublicationBatch, registerPublicationEffect } from '@/publication/effects'

import { cdnPurgeEffect } from './purge'

/** Collections anonymous readers never receive: their deletes purge nothing. */
const PRIVATE: string[] = [
  'users',
  'workflow-events',
  'search-index',
  'webhooks',
  'webhook-deliveries',
]

/**
 * A CDN in front of the CMS: public answers name what they contain (`Surrogate-Key`, `Cache-Tag`,
 * set by the delivery cache, ../cache/middleware.ts), and with `CDN_PURGE_URL` set those tags are
 * purged on publish, unpublish and delete: the workflow's announcements through the `cdn` effect,
 * deletes outside the workflow through a hook.
 */
export const cdnPurge = (): Plugin => (config) =>
  appendCollectionHooks(
    registerPublicationEffect(config, cdnPurgeEffect),
    (collection) => !PRIVATE.includes(collection.slug),
    {
      afterDelete: [
        async ({ collection, id, req }) => {
          if (inPublicationBatch(req.context)) return
          await cdnPurgeEffect.run(req, {
            changes: [{ collection: collection.slug, id: String(id), change: 'delete' }],
          })
        },
      ],
    },
  )
