import type { Plugin } from 'payload'

import { addCollectionEndpoints } from '@/plugins/appendHooks'

import { rosterImportField, withRecipientsRefresh } from './admin/field'
import { rosterExportEndpoint } from './exportEndpoint'
import type { RosterImportOptions } from './importEndpoint'
import { rosterImportEndpoint } from './importEndpoint'

/**
 * Award rosters (获奖名单): import a sheet of recipients for an award and year as drafts, and
 * export them in the same columns (docs/rosters.md).
 */
export const awardRosters =
  (options: RosterImportOptions): Plugin =>
  (config) => {
    const withEndpoints = addCollectionEndpoints(config, 'award-recipients', [
      rosterImportEndpoint(options),
      rosterExportEndpoint,
    ])
    return {
      ...withEndpoints,
      // The admin screen (导入获奖名单) on the award's own page, whose recipients list follows it.
      collections: withEndpoints.collections?.map((collection) =>
        collection.slug === 'awards'
          ? {
              ...collection,
              fields: [...withRecipientsRefresh(collection.fields), rosterImportField()],
            }
          : collection,
      ),
    }
  }
