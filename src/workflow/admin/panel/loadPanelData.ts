import type { PayloadRequest } from 'payload'

import { documentHistory } from '../../audit/history'
import { idOf, isDocumentLive, loadWorkingCopy, reviewStateOf } from '../../documents'
import { offeredFeatureActions } from '../../featureActions'
import { approvalRule } from '../../settings'
import { availableActions } from '../../stateMachine'
import type { WorkflowTargetSlug } from '../../stages'
import { isWorkflowCollection } from '../../stages'
import { openReleaseHolding } from '../../releases/membership'
import { commentableFields } from '../../comments/admin/panelFields'
import { currentRound } from '../../comments/rounds'
import { reviewersIn, staffDirectory } from '../people'
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
  // What does not depend on the document is read alongside it: each query waits for none of the
  // others (when the user cannot see the document, the rest is dropped).
  const [doc, isLive, approvalsFor, history, staff, release] = await Promise.all([
    loadWorkingCopy(req, collection, id, { asUser: true }),
    isDocumentLive(req, collection, id),
    approvalRule(req),
    documentHistory(req, collection, id),
    staffDirectory(req),
    isWorkflowCollection(collection) ? openReleaseHolding(req, { collection, id }) : null,
  ])
  if (!doc) return null
  const state = reviewStateOf(doc, isLive, approvalsFor(collection, doc))
  const userId = String(user.id)
  const actor = { kind: 'user', id: userId, roles: user.roles ?? [] } as const
  const [featureActions, round, comparison] = await Promise.all([
    offeredFeatureActions(req, actor, { collection, id, doc }),
    currentRound(req, { collection, id }, state.stage),
    loadComparison(req, collection, id, { history, isLive, stage: state.stage }),
  ])
  const actions = [...availableActions(state, actor), ...featureActions]
  const workflow = doc.workflow ?? {}
  const author = idOf(workflow.createdBy)
  const assignee = idOf(workflow.assignee)
  // Every account is staff: the directory names everyone the panel mentions.
  const mentioned = new Set(
    [author, state.submittedBy, assignee, ...state.approvals.map((a) => a.reviewer)].filter(
      (person): person is string => Boolean(person),
    ),
  )
  const names = Object.fromEntries(
    staff.filter((member) => mentioned.has(member.id)).map((member) => [member.id, member.name]),
  )
  const reviewers = actions.includes('submit') ? reviewersIn(staff, userId) : []
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
    staff: staff.map((member) => ({ id: member.id, name: member.name })),
    commentFields: commentableFields(req, collection, id),
  }
}
