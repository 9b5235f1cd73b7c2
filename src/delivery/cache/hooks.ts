import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { inPublicationBatch } from '@/publication/effects'

import { isPublished } from '../publicationChange'

import { slugOf } from './changes'
import { invalidateDelivered } from './generation'

/**
 * Whether the document readers get is still the published one: a draft saved over a published
 * document (`draft: true`) goes to its versions and leaves the document itself as it was, while an
 * unpublish (`_status: 'draft'` without `draft: true`) changes the document. Both reach the hook
 * alike (a draft `doc`, a published `previousDoc`), so the document itself is read, in the save's
 * transaction.
 */
const isStillPublished = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) => {
  const current = await req.payload.db.findOne<{ id: number | string; _status?: string | null }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return current !== null && isPublished(current)
}

/**
 * A draft save changes nothing anonymous readers see, of a never-published document or over a
 * published one; everything else (publish, unpublish, edit of a published document, collections
 * without drafts) does.
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
  if (!isPublished(doc) && !wasPublished) return doc
  // A draft over a published document: the cached answers show the published one, still current.
  if (!isPublished(doc) && (await isStillPublished(req, collection.slug, doc.id))) return doc
  await invalidateDelivered(req, [
    { collection: collection.slug, id: String(doc.id), ...slugOf(doc) },
  ])
  return doc
}

export const invalidateCacheAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (inPublicationBatch(req.context)) return doc
  await invalidateDelivered(req, [
    { collection: collection.slug, id: String(doc.id), ...slugOf(doc) },
  ])
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
