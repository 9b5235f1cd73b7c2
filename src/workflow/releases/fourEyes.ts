import type { TransitionGuard } from '../guards'
import { idOf } from '../documents'
import { workflowError } from '../errors'
import { RELEASES } from '../stages'
import { itemKey, itemTitle, loadItems } from './items'
import { releaseItemRefs } from './membership'

/**
 * Four eyes reach through a release: approving a release approves every item in it, so a reviewer
 * who wrote, submitted or last edited any item may not fill one of its review levels (403
 * `ownItem`, naming the item), just as they may not approve that document on its own.
 */
export const releaseFourEyes: TransitionGuard = {
  name: 'releaseFourEyes',
  actions: ['approve', 'publish'],
  check: async (req, { collection, doc, actor, decision }) => {
    if (collection !== RELEASES || actor.kind !== 'user' || decision.reviewLevel === null) return
    const items = releaseItemRefs(doc)
    // One read per collection: a release holds hundreds of documents.
    const docs = await loadItems(req, items)
    for (const item of items) {
      const found = docs.get(itemKey(item)) ?? null
      const workflow = found?.workflow
      const people = [workflow?.createdBy, workflow?.submittedBy, workflow?.lastEditedBy].map(idOf)
      if (!people.includes(actor.id)) continue
      const title = itemTitle(req, item, found)
      throw workflowError(req, 'ownItem', 403, { ...item, title }, { item: { ...item, title } })
    }
  },
}
