import type { RelationshipFieldSingleValidation } from 'payload'
import { validations } from 'payload'

import { relationshipId } from '@/fields/relationshipId'
import { kexieT } from '@/i18n/t'

/** Deeper than any real programme; stops the walk should stored data already hold a loop. */
const MAX_ANCESTORS = 32

/**
 * An event may not be its own ancestor (self-parent, A -> B -> A, ...): walks up from the chosen
 * parent and fails on meeting this event. A new event has no id yet, so nothing can point to it.
 */
export const noParentCycle: RelationshipFieldSingleValidation = async (value, options) => {
  const { id, req } = options
  let ancestor = relationshipId(value)
  if (id !== undefined) {
    const visited = new Set<string>()
    while (ancestor !== undefined && visited.size < MAX_ANCESTORS) {
      if (String(ancestor) === String(id)) return kexieT(req)('kexie:parentCycle')
      if (visited.has(String(ancestor))) break
      visited.add(String(ancestor))
      // overrideAccess: every ancestor counts, drafts included, whoever is saving.
      const parentEvent = await req.payload.findByID({
        collection: 'events',
        id: ancestor,
        depth: 0,
        select: { parent: true },
        disableErrors: true,
        overrideAccess: true,
        req,
      })
      ancestor = relationshipId(parentEvent?.parent)
    }
  }
  return validations.relationship(value, options)
}
