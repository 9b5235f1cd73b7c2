import type { PayloadRequest } from 'payload'

import type { WorkflowStage, WorkflowTargetSlug } from '../stages'

/** Where a document has a review round going: submitted, and not yet published or withdrawn. */
export const ROUND_STAGES: readonly WorkflowStage[] = ['in_review', 'approved', 'changes_requested']

/** Where comments may be added: the document is being reviewed now. */
export const COMMENTABLE_STAGES: readonly WorkflowStage[] = ['in_review', 'approved']

/**
 * The document's current review round: the revision of the history record of the submission that
 * opened it (0 for a document put under review without one, as a seed may). Null when no round is
 * going. A round lasts from a submission to the next one, so a request for changes and the
 * author's reply (resolving comments) belong to the round the comments were made in.
 */
export const currentRound = async (
  req: PayloadRequest,
  target: { collection: WorkflowTargetSlug; id: string },
  stage: WorkflowStage,
): Promise<null | number> => {
  if (!ROUND_STAGES.includes(stage)) return null
  // Access skipped: the workflow's own record, read to place a comment whoever writes it.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        { documentCollection: { equals: target.collection } },
        { documentId: { equals: target.id } },
        { action: { equals: 'submit' } },
      ],
    },
    sort: '-revision',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { revision: true },
    overrideAccess: true,
    req,
  })
  return docs[0]?.revision ?? 0
}

/** The review comments the document's requests for changes pointed at (its history says so). */
export const citedComments = async (
  req: PayloadRequest,
  target: { collection: string; id: string },
): Promise<Set<string>> => {
  // Access skipped: the workflow's own record decides what stays as it was cited.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        { documentCollection: { equals: target.collection } },
        { documentId: { equals: target.id } },
        { action: { equals: 'request_changes' } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { reviewComments: true },
    overrideAccess: true,
    req,
  })
  return new Set(docs.flatMap((event) => (event.reviewComments ?? []).map(String)))
}
