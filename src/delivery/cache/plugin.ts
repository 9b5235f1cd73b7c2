import type { CollectionSlug, Plugin } from 'payload'

import { registerPublicationEffect } from '@/publication/effects'

import { cachePublicationEffect } from './effect'
import { ensureGeneration } from './generation'
import {
  invalidateCacheAfterChange,
  invalidateCacheAfterDelete,
  invalidateCacheAfterGlobalChange,
} from './hooks'

/** Collections anonymous readers never receive: their changes leave cached answers valid. */
const UNCACHED: string[] = ['users', 'workflow-events', 'search-index'] satisfies CollectionSlug[]

/**
 * Moves the delivery cache's generation when delivered content changes: once per announcement of
 * the workflow, and from hooks for writes outside it.
 */
export const deliveryCacheInvalidation = (): Plugin => (config) => ({
  ...registerPublicationEffect(config, cachePublicationEffect),
  collections: (config.collections ?? []).map((collection) =>
    UNCACHED.includes(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), invalidateCacheAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateCacheAfterDelete],
          },
        },
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), invalidateCacheAfterGlobalChange],
    },
  })),
  onInit: async (payload) => {
    await config.onInit?.(payload)
    try {
      await ensureGeneration(payload)
    } catch (error) {
      // Before the first migration there is no key-value table; the cache then serves nothing.
      payload.logger.warn({ err: error }, 'delivery cache: no generation row yet')
    }
  },
})
