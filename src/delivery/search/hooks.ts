import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { inPublicationBatch } from '@/publication/effects'

import { removeSearchEntry, syncSearchEntry } from './indexEntry'
import { isSearchableSlug } from './sources'

/**
 * A failed index write is logged, not thrown: search is a view of the content, and an editor's
 * publish must not fail because of it. `npm run search:reindex` repairs the index.
 */
export const logIndexFailure = (req: PayloadRequest, action: string, error: unknown) =>
  req.payload.logger.error({
    err: error,
    msg: `search index: could not ${action}; run \`npm run search:reindex\``,
  })

/**
 * Keeps the search index in step with what readers see, after every save: publish, unpublish,
 * an update of a published document, a draft save (which changes nothing readers see). It also
 * runs while seeding (`req.context.isSeeding`): the demo content must be searchable, and one
 * document costs a few milliseconds to index. Writes of a publication batch (a workflow
 * transition, a release) are indexed once, by the batch's announcement (./effect.ts).
 */
export const updateSearchIndex: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSearchableSlug(collection.slug) || inPublicationBatch(req.context)) return doc
  try {
    await syncSearchEntry(req, collection.slug, String(doc.id))
  } catch (error) {
    logIndexFailure(req, `index ${collection.slug}/${doc.id}`, error)
  }
  return doc
}

export const removeFromSearchIndex: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isSearchableSlug(collection.slug) || inPublicationBatch(req.context)) return
  try {
    await removeSearchEntry(req, collection.slug, String(id))
  } catch (error) {
    logIndexFailure(req, `remove ${collection.slug}/${id}`, error)
  }
}
