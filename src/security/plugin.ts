import type { Plugin } from 'payload'

import { refuseHiddenQueryPaths } from './queryPaths'

/** Adds the query-path guard (see queryPaths.ts) to every collection. */
export const queryPathGuard = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseHiddenQueryPaths],
    },
  })),
})
