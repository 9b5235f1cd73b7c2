import type { Plugin } from 'payload'

import { appendCollectionHooks } from '@/plugins/appendHooks'

import { refuseHiddenQueryPaths } from './queryPaths'

/** Adds the query-path guard (see queryPaths.ts) to every collection listed before it. */
export const queryPathGuard = (): Plugin => (config) =>
  appendCollectionHooks(config, () => true, { beforeOperation: [refuseHiddenQueryPaths] })
