import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { inPublicationBatch } from '@/publication/effects'

import { isPublished, publicationChangeOf } from '../publicationChange'

import { queueWebhookDeliveries } from './queue'

// Seeded demo content is not news to anyone subscribed; a batch (a workflow transition, a release)
// announces its changes once, through the publication effect (./effect.ts).
const isSkipped = (context: Record<string, unknown>) =>
  Boolean(context.isSeeding) || inPublicationBatch(context)

/**
 * A draft saved over a published document reaches afterChange as `_status: 'draft'` after a
 * published one, like an unpublish; but Payload keeps the published document live in the
 * collection itself, so that is where an unpublish is confirmed.
 */
const isStillLive = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<boolean> => {
  // Reads the live row as the system: the question is what anonymous readers see.
  const live = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return Boolean(live && isPublished(live))
}

export const queueWebhooksAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (isSkipped(req.context)) return doc
  const event = publicationChangeOf({ doc, previousDoc, operation })
  if (event === 'unpublish' && (await isStillLive(req, collection.slug, doc.id))) return doc
  if (event) {
    await queueWebhookDeliveries(req, { event, collection: collection.slug, doc })
  }
  return doc
}

export const queueWebhooksAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (!isSkipped(req.context)) {
    await queueWebhookDeliveries(req, { event: 'delete', collection: collection.slug, doc })
  }
  return doc
}
