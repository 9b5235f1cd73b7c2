import type { PayloadRequest } from 'payload'

import type { WorkflowEvent } from '@/payload-types'

import type { WorkflowTargetSlug } from '../stages'

/** A document's history, oldest first. */
export const documentHistory = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
): Promise<WorkflowEvent[]> => {
  // Access skipped: callers are the workflow itself, answering staff it has already checked.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }],
    },
    sort: 'sequence',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}
