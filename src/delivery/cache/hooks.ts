import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { inPublicationBatch } from '@/publication/effects'

import { isPublished } from '../publicationChange'

import { invalidateDelivered } from './generation'

/**
 * A draft save of a never-published document changes nothing anonymous readers see; everything
 * else (publish, unpublish, edit of a published document, collections without drafts) does.
 * A publication batch (a workflow transition, a release) moves the generation once, through its
 * announcement (./effect.ts).
 */
export const invalidateCacheAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (inPublicationBatch(req.context)) return doc
  const wasPublished = operation === 'update' && isPublished(previousDoc)
  if (isPublished(doc) || wasPublished) {
    await invalidateDelivered(req, [{ collection: collection.slug, id: String(doc.id) }])
  }
  return doc
}

export const invalidateCacheAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (inPublicationBatch(req.context)) return doc
  await invalidateDelivered(req, [{ collection: collection.slug, id: String(doc.id) }])
  return doc
}

export const invalidateCacheAfterGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  global,
  req,
}) => {
  // A workflow global's publication is announced by its transition (or release).
  if (inPublicationBatch(req.context)) return doc
  if (isPublished(doc)) await invalidateDelivered(req, [{ collection: `globals:${global.slug}` }])
  return doc
}
