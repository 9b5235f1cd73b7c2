import type { Plugin } from 'payload'

import { addParts, appendCollectionHooks } from '@/plugins/appendHooks'
import { registerPublicationEffect } from '@/publication/effects'

import { searchPublicationEffect } from './effect'
import { searchEndpoint, suggestEndpoint } from './endpoint'
import { fullTextStore } from './fullText/store'
import { removeFromSearchIndex, updateSearchIndex } from './hooks'
import { SearchIndex } from './SearchIndex'
import { isSearchableSlug } from './sources'

/**
 * Reader search: the `search-index` collection, `GET /api/search`, and keeping the index in step
 * with publication (an effect for the workflow's announcements; hooks on the searchable content
 * collections, after their own, for writes outside the workflow). `npm run search:reindex`
 * rebuilds it (./runReindex.ts).
 */
export const searchIndexing = (): Plugin => (config) => {
  const withSearch = appendCollectionHooks(
    addParts(registerPublicationEffect(config, searchPublicationEffect), {
      collections: [SearchIndex],
      endpoints: [suggestEndpoint, searchEndpoint],
    }),
    (collection) => isSearchableSlug(collection.slug),
    { afterChange: [updateSearchIndex], afterDelete: [removeFromSearchIndex] },
  )
  return {
    ...withSearch,
    // The migrations create the full-text table (src/migrations); where the schema is pushed
    // instead (development, tests), it is created here, as the push leaves it alone. MongoDB has
    // no migrations for its indexes: they are created on every start (an existing one is kept).
    onInit: async (payload) => {
      const isPushed =
        process.env.NODE_ENV !== 'production' &&
        process.env.PAYLOAD_MIGRATING !== 'true' &&
        (payload.db as { push?: boolean }).push !== false
      if (isPushed || payload.db.name === 'mongoose') await fullTextStore(payload).ensureSchema()
      await withSearch.onInit?.(payload)
    },
  }
}
