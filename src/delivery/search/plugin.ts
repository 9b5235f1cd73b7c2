import type { Plugin } from 'payload'

import { addParts, appendCollectionHooks } from '@/plugins/appendHooks'
import { registerPublicationEffect } from '@/publication/effects'

import { searchPublicationEffect } from './effect'
import { searchEndpoint } from './endpoint'
import { removeFromSearchIndex, updateSearchIndex } from './hooks'
import { SearchIndex } from './SearchIndex'
import { isSearchableSlug } from './sources'

/**
 * Reader search: the `search-index` collection, `GET /api/search`, and keeping the index in step
 * with publication (an effect for the workflow's announcements; hooks on the searchable content
 * collections, after their own, for writes outside the workflow). `npm run search:reindex`
 * rebuilds it (./runReindex.ts).
 */
export const searchIndexing = (): Plugin => (config) =>
  appendCollectionHooks(
    addParts(registerPublicationEffect(config, searchPublicationEffect), {
      collections: [SearchIndex],
      endpoints: [searchEndpoint],
    }),
    (collection) => isSearchableSlug(collection.slug),
    { afterChange: [updateSearchIndex], afterDelete: [removeFromSearchIndex] },
  )
