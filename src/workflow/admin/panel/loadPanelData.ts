import type { PayloadRequest } from 'payload'

import { documentHistory } from '../../audit/history'
import { idOf, isDocumentLive, loadWorkingCopy, reviewStateOf } from '../../documents'
import { offeredFeatureActions } from '../../featureActions'
import { requiredApprovalsFor } from '../../settings'
import { availableActions } from '../../stateMachine'
import type { WorkflowTargetSlug } from '../../stages'
import { isWorkflowCollection } from '../../stages'
import { openReleaseHolding } from '../../releases/membership'
import { commentableFields } from '../../comments/admin/panelFields'
import { currentRound } from '../../comments/rounds'
import { assignableReviewers, staffNames, userNames } from '../people'
import { loadComparison } from './comparison'
import type { PanelData } from './types'
import { toPanelStatus } from './types'

/**
 * The panel's first picture of a document, read as the logged-in user: the same answer as
 * `GET /api/workflow/{collection}/{id}` (which the panel asks again after a save), plus the names
 * of the people involved. `null` when the user cannot see the document.
 */
export const loadPanelData = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
): Promise<null | PanelData> => {
  const { user } = req
  if (!user) return null
  const doc = await loadWorkingCopy(req, collection, id, { asUser: true })
  if (!doc) return null
  const isLive = await isDocumentLive(req, collection, id)
  const state = reviewStateOf(doc, isLive, await requiredApprovalsFor(req, collection, doc))
  const userId = String(user.id)
  const actor = { kind: 'user', id: userId, roles: user.roles ?? [] } as const
  const actions = [
    ...availableActions(state, actor),
    ...(await offeredFeatureActions(req, actor, { collection, id, doc })),
  ]
  const workflow = doc.workflow ?? {}
  const author = idOf(workflow.createdBy)
  const assignee = idOf(workflow.assignee)
  const [history, names, reviewers, release, round, staff] = await Promise.all([
    documentHistory(req, collection, id),
    userNames(req, [
      author,
      state.submittedBy,
      assignee,
      ...state.approvals.map((a) => a.reviewer),
    ]),
    actions.includes('submit') ? assignableReviewers(req, userId) : [],
    isWorkflowCollection(collection) ? openReleaseHolding(req, { collection, id }) : null,
    currentRound(req, { collection, id }, state.stage),
    staffNames(req),
  ])
  const comparison = await loadComparison(req, collection, id, {
    history,
    isLive,
    stage: state.stage,
  })
  return {
    collection,
    id,
    status: toPanelStatus({
      workflowStage: state.stage,
      isLive,
      requiredApprovals: state.requiredApprovals,
      approvals: state.approvals,
      publishAt: state.publishAt,
      unpublishAt: state.unpublishAt,
      revision: state.revision,
      actions,
      history,
    }),
    author,
    submittedBy: state.submittedBy,
    submittedAt: workflow.submittedAt ?? null,
    assignee,
    names,
    reviewers,
    release: release ? { id: release.id, title: release.title } : null,
    comparison,
    round,
    staff,
    commentFields: commentableFields(req, collection, id),
  }
}
