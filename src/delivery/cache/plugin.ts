import type { CollectionSlug, Plugin } from 'payload'

import { appendCollectionHooks, appendGlobalHooks } from '@/plugins/appendHooks'
import { registerPublicationEffect } from '@/publication/effects'

import { cachePublicationEffect } from './effect'
import { ensureGeneration, listenForRemoteChanges } from './generation'
import {
  invalidateCacheAfterChange,
  invalidateCacheAfterDelete,
  invalidateCacheAfterGlobalChange,
} from './hooks'

/** Collections anonymous readers never receive: their changes leave cached answers valid. */
const UNCACHED: string[] = ['users', 'workflow-events', 'search-index'] satisfies CollectionSlug[]

/**
 * The delivery cache's invalidation (the cache itself is express middleware, ./middleware.ts):
 * its generation moves once per announcement of the workflow, and from hooks for writes outside
 * it, of every collection and global listed before this plugin.
 */
export const deliveryCacheInvalidation = (): Plugin => (config) => {
  const withHooks = appendGlobalHooks(
    appendCollectionHooks(
      registerPublicationEffect(config, cachePublicationEffect),
      (collection) => !UNCACHED.includes(collection.slug),
      { afterChange: [invalidateCacheAfterChange], afterDelete: [invalidateCacheAfterDelete] },
    ),
    () => true,
    { afterChange: [invalidateCacheAfterGlobalChange] },
  )
  return {
    ...withHooks,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      try {
        await ensureGeneration(payload)
      } catch (error) {
        // Before the first migration there is no key-value table; the cache then serves nothing.
        payload.logger.warn({ err: error }, 'delivery cache: no generation row yet')
      }
      await listenForRemoteChanges(payload).catch((error: unknown) =>
        // The generation still carries the changes, a quarter of a second later.
        payload.logger.warn({ err: error }, 'delivery cache: not listening for other instances'),
      )
    },
  }
}
