import type { CollectionConfig, Config } from 'payload'

import { isWorkflowCollection } from '../stages'
import { Releases } from './collection'
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
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(withItemHook), Releases as CollectionConfig],
  })
