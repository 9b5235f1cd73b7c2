import type { Plugin } from 'payload'

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
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'award-recipients'
        ? {
            ...collection,
            endpoints: [
              ...(collection.endpoints || []),
              rosterImportEndpoint(options),
              rosterExportEndpoint,
            ],
          }
        : collection,
    ),
  })
