import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { inPublicationBatch } from '@/publication/effects'

import { isPublished } from '../publicationChange'

import { bumpGeneration } from './generation'
import { noteLocalChange } from './localInvalidation'

/**
 * A draft save of a never-published document changes nothing anonymous readers see; everything
 * else (publish, unpublish, edit of a published document, collections without drafts) does.
 * A publication batch (a workflow transition, a release) moves the generation once, through its
 * announcement (./effect.ts).
 */
export const invalidateCacheAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (inPublicationBatch(req.context)) return doc
  const wasPublished = operation === 'update' && isPublished(previousDoc)
  if (isPublished(doc) || wasPublished) {
    noteLocalChange(req.payload)
    await bumpGeneration(req)
  }
  return doc
}

export const invalidateCacheAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (inPublicationBatch(req.context)) return doc
  noteLocalChange(req.payload)
  await bumpGeneration(req)
  return doc
}

export const invalidateCacheAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  // A workflow global's publication is announced by its transition (or release).
  if (inPublicationBatch(req.context)) return doc
  if (isPublished(doc)) {
    noteLocalChange(req.payload)
    await bumpGeneration(req)
  }
  return doc
}
