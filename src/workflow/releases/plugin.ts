import type { CollectionConfig, Config } from 'payload'

import { isWorkflowCollection } from '../stages'
import { releasesCollection } from './collection'
import { withGlobalItemHook, withReleaseGlobals } from './globalItems'
import { lapseReleaseApprovals } from './itemEdits'

const withItemHook = (collection: CollectionConfig): CollectionConfig =>
  isWorkflowCollection(collection.slug)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), lapseReleaseApprovals],
        },
      }
    : collection

/**
 * 发布批次 (docs/workflow.md#releases): the `releases` collection, and on every workflow
 * collection the rule that an edit during the release's review lapses its approvals. Transitions
 * go through the workflow endpoint like any document's.
 */
export const releases =
  () =>
  (config: Config): Config => {
    const collections = config.collections ?? []
    // The workflow collections this configuration has: a release may hold documents of each.
    const itemCollections = collections.map(({ slug }) => slug).filter(isWorkflowCollection)
    return {
      ...config,
      collections: [
        ...collections.map(withItemHook),
        withReleaseGlobals(releasesCollection(itemCollections) as CollectionConfig),
      ],
      globals: (config.globals ?? []).map(withGlobalItemHook),
    }
  }
