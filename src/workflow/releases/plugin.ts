import type { CollectionConfig, Config } from 'payload'

import { registerTransitionGuard } from '../guards'
import { isWorkflowCollection } from '../stages'
import { withAddToReleaseListAction, withItemsTable } from './admin/config'
import { releasesCollection } from './collection'
import { releaseFourEyes } from './fourEyes'
import { withGlobalItemHook, withReleaseGlobals } from './globalItems'
import { lapseReleaseApprovals } from './itemEdits'

const withItemHook = (collection: CollectionConfig): CollectionConfig =>
  isWorkflowCollection(collection.slug)
    ? withAddToReleaseListAction({
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), lapseReleaseApprovals],
        },
      })
    : collection

/**
 * 发布批次 (docs/workflow.md#releases): the `releases` collection (its edit view lists the items
 * with their stages), and on every workflow collection the rule that an edit during the release's
 * review lapses its approvals and 加入发布批次 in the list view, and four eyes over the items
 * (./fourEyes.ts). Transitions go through the workflow endpoint like any document's.
 */
export const releases =
  () =>
  (config: Config): Config => {
    const collections = config.collections ?? []
    // The workflow collections this configuration has: a release may hold documents of each.
    const itemCollections = collections.map(({ slug }) => slug).filter(isWorkflowCollection)
    return registerTransitionGuard(
      {
        ...config,
        collections: [
          ...collections.map(withItemHook),
          withItemsTable(
            withReleaseGlobals(releasesCollection(itemCollections) as CollectionConfig),
          ),
        ],
        globals: (config.globals ?? []).map(withGlobalItemHook),
      },
      releaseFourEyes,
    )
  }
