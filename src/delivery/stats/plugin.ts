import type { Plugin } from 'payload'

import { registerPublicationEffect } from '@/publication/effects'

import { COUNTED_COLLECTIONS, QUOTED_GLOBALS } from './counted'
import { statsPublicationEffect } from './effect'
import {
  invalidateStatsAfterChange,
  invalidateStatsAfterDelete,
  invalidateStatsAfterGlobalChange,
} from './hooks'

/**
 * Drops the cached stats when what they count changes: on the workflow's announcements, and from
 * hooks for writes outside it.
 */
export const statsInvalidation = (): Plugin => (config) => ({
  ...registerPublicationEffect(config, statsPublicationEffect),
  collections: (config.collections ?? []).map((collection) =>
    COUNTED_COLLECTIONS.includes(collection.slug)
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
    QUOTED_GLOBALS.includes(global.slug)
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
