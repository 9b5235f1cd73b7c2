import type { CollectionSlug, GlobalSlug, Plugin } from 'payload'

import {
  invalidateStatsAfterChange,
  invalidateStatsAfterDelete,
  invalidateStatsAfterGlobalChange,
} from './hooks'

/** What `GET /api/stats` counts or names (awards name the recipients' groups). */
const COUNTED_COLLECTIONS: CollectionSlug[] = [
  'science-education-bases',
  'volunteer-teams',
  'award-recipients',
  'awards',
  'events',
]
const QUOTED_GLOBALS: GlobalSlug[] = ['official-figures']

/** Adds the hooks that drop the cached stats when what they count changes. */
export const statsInvalidation = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    COUNTED_COLLECTIONS.includes(collection.slug as CollectionSlug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), invalidateStatsAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateStatsAfterDelete],
          },
        }
      : collection,
  ),
  globals: (config.globals ?? []).map((global) =>
    QUOTED_GLOBALS.includes(global.slug as GlobalSlug)
      ? {
          ...global,
          hooks: {
            ...global.hooks,
            afterChange: [...(global.hooks?.afterChange ?? []), invalidateStatsAfterGlobalChange],
          },
        }
      : global,
  ),
})
