import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { removeSearchEntry, syncSearchEntry } from './indexEntry'
import { isSearchableSlug } from './sources'

/**
 * A failed index write is logged, not thrown: search is a view of the content, and an editor's
 * publish must not fail because of it. `npm run search:reindex` repairs the index.
 */
const logFailure = (req: PayloadRequest, action: string, error: unknown) =>
  req.payload.logger.error({
    err: error,
    msg: `search index: could not ${action}; run \`npm run search:reindex\``,
  })

/**
 * Keeps the search index in step with what readers see, after every save: publish, unpublish,
 * an update of a published document, a draft save (which changes nothing readers see). It also
 * runs while seeding (`req.context.isSeeding`): the demo content must be searchable, and one
 * document costs a few milliseconds to index.
 */
export const updateSearchIndex: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSearchableSlug(collection.slug)) return doc
  try {
    await syncSearchEntry(req, collection.slug, String(doc.id))
  } catch (error) {
    logFailure(req, `index ${collection.slug}/${doc.id}`, error)
  }
  return doc
}

export const removeFromSearchIndex: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isSearchableSlug(collection.slug)) return
  try {
    await removeSearchEntry(req, collection.slug, String(id))
  } catch (error) {
    logFailure(req, `remove ${collection.slug}/${id}`, error)
  }
}
