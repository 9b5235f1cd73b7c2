import type { WorkflowEvent } from '@/payload-types'

import type { CommentableField } from '../../comments/admin/panelFields'
import type { Approval } from '../../stateMachine'
import type { OfferedAction, RecordedAction, WorkflowTargetSlug, WorkflowStage } from '../../stages'

/** One history record as the panel shows it (no hashes, no chain bookkeeping). */
export type PanelEvent = {
  id: string
  action: RecordedAction
  fromStage: WorkflowStage | null
  toStage: WorkflowStage
  actor: string | null
  actorName: string | null
  comment: string | null
  reviewLevel: number | null
  assignee: string | null
  publishAt: string | null
  unpublishAt: string | null
  occurredAt: string
  /** request_changes: the review comments it cited. */
  reviewComments: string[]
}

/** What `GET /api/workflow/{collection}/{id}` answers, as the panel keeps it. */
export type PanelStatus = {
  stage: WorkflowStage
  isLive: boolean
  requiredApprovals: number
  approvals: readonly Approval[]
  publishAt: string | null
  unpublishAt: string | null
  /** The workflow revision this picture shows; sent back with an action (stale: 409). */
  revision: number
  actions: OfferedAction[]
  /** Oldest first, as the core returns it. */
  history: PanelEvent[]
}

export type PanelPerson = { id: string; name: string }

/**
 * The draft under review and what a reviewer compares it with in Payload's version comparison:
 * the live version, or the last approved text of a document that is not live.
 */
export type PanelComparison = {
  versionId: string
  baseVersionId: string
  base: 'approved' | 'live'
}

/** Everything the workflow panel of one document shows. */
export type PanelData = {
  collection: WorkflowTargetSlug
  id: string
  status: PanelStatus
  author: string | null
  submittedBy: string | null
  submittedAt: string | null
  assignee: string | null
  /** Display names of the people above and of this round's reviewers, by user id. */
  names: Record<string, string>
  /** Whom a submitter may name as reviewer (only when the user may submit). */
  reviewers: PanelPerson[]
  /** The open release that holds this document (never for a release itself). */
  release: null | { id: string; title: string }
  /** For a reviewer, while a round is open: what changed since the live or approved text. */
  comparison: null | PanelComparison
  /** The current review round (its submission's revision), or null outside a round. */
  round: null | number
  /** Staff accounts by name: who a comment may mention, and whose names comments show. */
  staff: PanelPerson[]
  /** The fields a review comment may point at. */
  commentFields: CommentableField[]
}

/** The body of `GET /api/workflow/{collection}/{id}` (src/workflow/endpoint.ts). */
export type StatusJson = Omit<PanelStatus, 'history' | 'stage'> & {
  workflowStage: WorkflowStage
  history: WorkflowEvent[]
}

export const toPanelEvent = (event: WorkflowEvent): PanelEvent => ({
  id: String(event.id),
  action: event.action,
  fromStage: event.fromStage ?? null,
  toStage: event.toStage,
  actor: event.actor ?? null,
  actorName: event.actorName ?? null,
  comment: event.comment ?? null,
  reviewLevel: event.reviewLevel ?? null,
  assignee: event.assignee ?? null,
  publishAt: event.publishAt ?? null,
  unpublishAt: event.unpublishAt ?? null,
  occurredAt: event.occurredAt,
  reviewComments: (event.reviewComments ?? []).map(String),
})

/** The status endpoint's answer without what the panel never shows. */
export const toPanelStatus = (json: StatusJson): PanelStatus => ({
  stage: json.workflowStage,
  isLive: json.isLive,
  requiredApprovals: json.requiredApprovals,
  approvals: json.approvals,
  publishAt: json.publishAt,
  unpublishAt: json.unpublishAt,
  revision: json.revision,
  actions: json.actions,
  history: json.history.map(toPanelEvent),
})
