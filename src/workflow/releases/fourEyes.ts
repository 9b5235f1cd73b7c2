import type { TransitionGuard } from '../guards'
import { loadWorkingCopy, idOf } from '../documents'
import { workflowError } from '../errors'
import { RELEASES } from '../stages'
import { itemTitle } from './items'
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
    for (const item of releaseItemRefs(doc)) {
      const found = await loadWorkingCopy(req, item.collection, item.id, { asUser: false })
      const workflow = found?.workflow
      const people = [workflow?.createdBy, workflow?.submittedBy, workflow?.lastEditedBy].map(idOf)
      if (!people.includes(actor.id)) continue
      const title = itemTitle(req, item, found)
      throw workflowError(req, 'ownItem', 403, { ...item, title }, { item: { ...item, title } })
    }
  },
}
