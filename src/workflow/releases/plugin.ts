import type { CollectionConfig, Config } from 'payload'

import { addParts, appendCollectionHooks, appendGlobalHooks } from '@/plugins/appendHooks'

import { registerTransitionGuard } from '../guards'
import { isWorkflowCollection, isWorkflowGlobal } from '../stages'
import { withAddToReleaseListAction, withItemsTable } from './admin/config'
import { releasesCollection } from './collection'
import { releaseFourEyes } from './fourEyes'
import { lapseReleaseApprovalsOfGlobal, withReleaseGlobals } from './globalItems'
import { lapseReleaseApprovals } from './itemEdits'

const isItemCollection = ({ slug }: CollectionConfig) => isWorkflowCollection(slug)

/**
 * 发布批次 (docs/workflow.md#releases): the `releases` collection (its edit view lists the items
 * with their stages), and on every workflow collection and global the rule that an edit during
 * the release's review lapses its approvals, 加入发布批次 in the list view, and four eyes over the
 * items (./fourEyes.ts). Transitions go through the workflow endpoint like any document's.
 */
export const releases =
  () =>
  (config: Config): Config => {
    // The workflow collections this configuration has: a release may hold documents of each.
    const itemCollections = (config.collections ?? [])
      .map(({ slug }) => slug)
      .filter(isWorkflowCollection)
    let next = appendCollectionHooks(config, isItemCollection, {
      afterChange: [lapseReleaseApprovals],
    })
    next = appendGlobalHooks(next, ({ slug }) => isWorkflowGlobal(slug), {
      afterChange: [lapseReleaseApprovalsOfGlobal],
    })
    next = {
      ...next,
      collections: next.collections?.map((collection) =>
        isItemCollection(collection) ? withAddToReleaseListAction(collection) : collection,
      ),
    }
    next = addParts(next, {
      collections: [
        withItemsTable(withReleaseGlobals(releasesCollection(itemCollections) as CollectionConfig)),
      ],
    })
    return registerTransitionGuard(next, releaseFourEyes)
  }
