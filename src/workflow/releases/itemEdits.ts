import type { CollectionAfterChangeHook } from 'payload'

import { appendWorkflowEvent } from '../audit/append'
import type { WorkflowDocument } from '../documents'
import { isDocumentLive, loadWorkingCopy, stageOf, workflowStateIds } from '../documents'
import { isWorkflowWrite, workflowWriteReq } from '../requestContext'
import type { WorkflowCollectionSlug } from '../stages'
import { RELEASES } from '../stages'
import { HOLDING_STAGES, openReleaseHolding } from './membership'

/**
 * Editing a document while its release is under review (or approved) is a correction of the
 * release, the same rule as a correction of a document under review: the release round's
 * approvals and its scheduled publication lapse, an approved release goes back to review, the
 * release records an `edit`, and the person who edited is its last editor (so approves no level
 * of it). The release itself stays as it is: only what was approved no longer stands.
 */
export const lapseReleaseApprovals: CollectionAfterChangeHook<WorkflowDocument> = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || isWorkflowWrite(req.context)) return doc
  const item = { collection: collection.slug as WorkflowCollectionSlug, id: String(doc.id) }
  const holder = await openReleaseHolding(req, item)
  if (!holder || !HOLDING_STAGES.includes(holder.workflowStage)) return doc
  const release = await loadWorkingCopy(req, RELEASES, holder.id, { asUser: false })
  if (!release) return doc
  const current = workflowStateIds(release.workflow)
  const stage = stageOf(release)
  const hasApproved = (current.approvals?.length ?? 0) > 0 || stage === 'approved'
  if (!hasApproved && !current.publishAt) return doc
  const isLive = await isDocumentLive(req, RELEASES, holder.id)
  const userId = req.user ? String(req.user.id) : null
  const event = await appendWorkflowEvent(req, {
    collection: RELEASES,
    documentId: holder.id,
    revision: (current.revision ?? 0) + 1,
    action: 'edit',
    fromStage: stage,
    toStage: 'in_review',
    actorId: userId,
    actorName: req.user?.name ?? null,
    comment: `${item.collection}/${item.id}`,
    occurredAt: new Date(),
  })
  await req.payload.update({
    collection: RELEASES,
    id: holder.id,
    data: {
      workflowStage: 'in_review',
      workflow: {
        ...current,
        approvals: [],
        publishAt: null,
        unpublishAt: isLive ? (current.unpublishAt ?? null) : null,
        lastEditedBy: userId ?? current.lastEditedBy,
        revision: event.revision,
      },
    },
    // A release with a live version keeps it: this is a new draft of the release.
    draft: isLive,
    depth: 0,
    // Access skipped: the workflow writes the outcome of its own rule.
    overrideAccess: true,
    req: workflowWriteReq(req),
  })
  return doc
}
