import type { Plugin } from 'payload'

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
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === 'award-recipients') {
        return {
          ...collection,
          endpoints: [
            ...(collection.endpoints || []),
            rosterImportEndpoint(options),
            rosterExportEndpoint,
          ],
        }
      }
      // The admin screen (导入获奖名单) on the award's own page, whose recipients list follows it.
      if (collection.slug === 'awards') {
        return {
          ...collection,
          fields: [...withRecipientsRefresh(collection.fields), rosterImportField()],
        }
      }
      return collection
    }),
  })
