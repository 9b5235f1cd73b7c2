import type { Plugin } from 'payload'

import { registerPublicationEffect } from '@/publication/effects'

import { searchPublicationEffect } from './effect'
import { removeFromSearchIndex, updateSearchIndex } from './hooks'
import { isSearchableSlug } from './sources'

/**
 * Keeps the search index in step with publication: an effect for the workflow's announcements,
 * and hooks on the content collections (after their own hooks, without touching their files) for
 * writes outside the workflow.
 */
export const searchIndexing = (): Plugin => (config) => ({
  ...registerPublicationEffect(config, searchPublicationEffect),
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
