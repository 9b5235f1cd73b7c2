import type { Plugin } from 'payload'

import { removeFromSearchIndex, updateSearchIndex } from './hooks'
import { isSearchableSlug } from './sources'

/**
 * Adds the search index hooks to the content collections, after their own hooks, without
 * touching their files (the collections and their shared factory belong to the workflow).
 */
export const searchIndexing = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isSearchableSlug(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), updateSearchIndex],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), removeFromSearchIndex],
          },
        }
      : collection,
  ),
})
