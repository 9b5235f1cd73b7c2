import type { EditDecision } from '../../stateMachine'
import type { WorkflowStage } from '../../stages'
import { RELEASES } from '../../stages'

export type ReviewNoticeKey =
  | 'workflowAdmin:changesRequested'
  | 'workflowAdmin:editingPublished'
  | 'workflowAdmin:lockedApproved'
  | 'workflowAdmin:lockedArchived'
  | 'workflowAdmin:lockedInReview'
  | 'workflowAdmin:reviewerEditing'
  | 'workflowAdmin:reviewerEditingRelease'

/**
 * Which banner an edit view shows for the stage and this user's right to edit: why a save is
 * refused, or what it will do. A release's review covers its items, so a correction there voids
 * the whole batch's approvals and is worded for a release.
 */
export const reviewNoticeOf = ({
  collection,
  stage,
  decision,
}: {
  collection: string | undefined
  stage: WorkflowStage
  decision: EditDecision
}): null | { tone: 'info' | 'warning'; key: ReviewNoticeKey } => {
  if (!decision.ok) {
    if (decision.reason === 'editArchived') {
      return { tone: 'warning', key: 'workflowAdmin:lockedArchived' }
    }
    return {
      tone: 'warning',
      key: stage === 'approved' ? 'workflowAdmin:lockedApproved' : 'workflowAdmin:lockedInReview',
    }
  }
  if (stage === 'in_review' || stage === 'approved') {
    return {
      tone: 'info',
      key:
        collection === RELEASES
          ? 'workflowAdmin:reviewerEditingRelease'
          : 'workflowAdmin:reviewerEditing',
    }
  }
  if (stage === 'published') return { tone: 'info', key: 'workflowAdmin:editingPublished' }
  if (stage === 'changes_requested') {
    return { tone: 'warning', key: 'workflowAdmin:changesRequested' }
  }
  return null
}
