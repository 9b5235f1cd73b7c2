import type { Plugin } from 'payload'

import { addParts, appendCollectionHooks, appendGlobalHooks } from '@/plugins/appendHooks'
import { registerPublicationEffect } from '@/publication/effects'

import { COUNTED_COLLECTIONS, QUOTED_GLOBALS } from './counted'
import { statsPublicationEffect } from './effect'
import { statsEndpoint } from './endpoint'
import {
  invalidateStatsAfterChange,
  invalidateStatsAfterDelete,
  invalidateStatsAfterGlobalChange,
} from './hooks'

/**
 * `GET /api/stats`, and dropping its cached counts when what they count changes: on the
 * workflow's announcements, and from hooks for writes outside it.
 */
export const statsInvalidation = (): Plugin => (config) =>
  appendGlobalHooks(
    appendCollectionHooks(
      addParts(registerPublicationEffect(config, statsPublicationEffect), {
        endpoints: [statsEndpoint],
      }),
      (collection) => COUNTED_COLLECTIONS.includes(collection.slug),
      { afterChange: [invalidateStatsAfterChange], afterDelete: [invalidateStatsAfterDelete] },
    ),
    (global) => QUOTED_GLOBALS.includes(global.slug),
    { afterChange: [invalidateStatsAfterGlobalChange] },
  )
