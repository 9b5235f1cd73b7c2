import type { CollectionBeforeChangeHook } from 'payload'

import type { WorkflowState } from '@/payload-types'

import type { WorkflowDocument } from '../documents'
import { isDocumentLive, stageOf, workflowStateIds } from '../documents'
import { refusalError } from '../errors'
import { isAccessEnforced, isWorkflowWrite } from '../requestContext'
import { decideEdit } from '../stateMachine'
import type { WorkflowTargetSlug } from '../stages'

/** A correction during review: the round goes on (same submission), its approvals start over. */
const reReview = (workflow: WorkflowState, isLive: boolean): WorkflowState => ({
  ...workflow,
  approvals: [],
  publishAt: null,
  // A take-down planned for the live version stays; one planned with the cancelled publication goes.
  unpublishAt: isLive ? (workflow.unpublishAt ?? null) : null,
})

const newRound = (workflow: WorkflowState): WorkflowState => ({
  ...workflow,
  submittedBy: null,
  submittedAt: null,
  assignee: null,
  approvals: [],
  publishAt: null,
})

/**
 * Server-side writes (seed, scripts, tests: access control off) are trusted; only the stage is
 * kept in step with `_status`, so a document published that way is in stage `published`.
 */
const followStatus = (
  data: Partial<WorkflowDocument>,
  originalDoc: WorkflowDocument | undefined,
  operation: 'create' | 'update',
  userId: null | string,
): Partial<WorkflowDocument> => {
  const stage = data.workflowStage ?? stageOf(originalDoc)
  const next = { ...data }
  if (data._status === 'published') next.workflowStage = 'published'
  else if (data._status === 'draft' && stage === 'published') next.workflowStage = 'draft'
  if (operation === 'create') {
    const workflow = data.workflow ?? {}
    next.workflow = {
      ...workflow,
      createdBy: workflow.createdBy ?? userId,
      lastEditedBy: workflow.lastEditedBy ?? userId,
      revision: 0,
    }
  }
  return next
}

/**
 * Applies the state machine's editing rules to a person's save: the stage and review state are
 * the workflow's (whatever the client sent), editors cannot change a document under review, a
 * reviewer's correction is counted for the history (see `recordWorkflowEdit`) and cancels the
 * round's approvals and publish schedule (approved goes back to in review), and the first edit of
 * a published document starts a new draft of it. Also records who wrote and who last changed it.
 */
export const applyWorkflowRules: CollectionBeforeChangeHook<WorkflowDocument> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (isWorkflowWrite(req.context)) return data
  const { user } = req
  if (!isAccessEnforced(req.context) || !user) {
    return followStatus(data, originalDoc, operation, user ? String(user.id) : null)
  }
  const userId = String(user.id)
  const params = {
    collection: collection.slug as WorkflowTargetSlug,
    id: String(originalDoc?.id ?? ''),
  }
  if (operation === 'create') {
    // A copy (duplicate) brings its original's stage and `_status`: it starts as a new draft.
    return {
      ...data,
      _status: 'draft',
      workflowStage: 'draft',
      workflow: { createdBy: userId, lastEditedBy: userId, revision: 0, approvals: [] },
    }
  }

  // A restored version brings its old `_status`; it is restored as a draft (see the guard).
  const isRestoring = Boolean(req.context.isRestoringVersion)
  // The beforeOperation guard refused this already; a second look costs nothing.
  if (data._status === 'published' && !isRestoring) {
    throw refusalError(req, { ok: false, status: 403, reason: 'publishViaWorkflow' }, params)
  }
  const decision = decideEdit(
    { stage: stageOf(originalDoc) },
    { kind: 'user', id: userId, roles: user.roles ?? [] },
  )
  if (!decision.ok) throw refusalError(req, decision, { ...params, stage: stageOf(originalDoc) })
  const current = workflowStateIds(originalDoc?.workflow)
  const revision = (current.revision ?? 0) + (decision.isRecorded ? 1 : 0)
  const isLive =
    decision.isReReview && current.unpublishAt
      ? await isDocumentLive(req, params.collection, params.id)
      : false
  const workflow = decision.isNewRound
    ? newRound(current)
    : decision.isReReview
      ? reReview(current, isLive)
      : current
  return {
    ...data,
    ...(isRestoring ? { _status: 'draft' as const } : {}),
    workflowStage: decision.to,
    workflow: {
      ...workflow,
      lastEditedBy: userId,
      revision,
    },
  }
}
