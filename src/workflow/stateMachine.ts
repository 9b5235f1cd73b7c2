import type { Role } from '@/access/roles'

import type { WorkflowAction, WorkflowStage } from './stages'
import { WORKFLOW_ACTIONS } from './stages'

/**
 * The one place that decides what may happen to a workflow document. Pure: it reads a snapshot of
 * the document and the actor and answers; the endpoint, the collection hooks, the scheduler and the
 * admin UI all ask it and apply (or show) the answer.
 */

export type UserActor = { kind: 'user'; id: string; roles: readonly Role[] }
/** The jobs queue carrying out a publish or unpublish a reviewer scheduled. */
export type SchedulerActor = { kind: 'scheduler' }
export type Actor = SchedulerActor | UserActor

export type Approval = { reviewer: string; level: number }

/** A document's working copy (its latest version) as the rules see it. */
export type ReviewState = {
  stage: WorkflowStage
  /** A published version is live for readers, whatever stage the working copy is in. */
  isLive: boolean
  createdBy: string | null
  submittedBy: string | null
  lastEditedBy: string | null
  /** This review round's approvals, level 1 first. */
  approvals: readonly Approval[]
  requiredApprovals: number
  publishAt: string | null
  unpublishAt: string | null
  /** The workflow revision counter: every transition and every recorded correction adds one. */
  revision: number
}

export type TransitionRequest = {
  action: WorkflowAction
  comment?: string
  publishAt?: Date
  unpublishAt?: Date
  /** From the scheduler: the time its job was queued for, which must still be the document's. */
  scheduledFor?: string
  /**
   * The revision the client saw when it decided (optional): a request about an older revision is
   * about content or a round that has since changed, and is refused instead of applied to it.
   */
  revision?: number
  now: Date
}

export type RefusalReason =
  | 'alreadyApproved'
  | 'commentRequired'
  | 'editArchived'
  | 'editDuringReview'
  | 'lastEditor'
  | 'levelsRemaining'
  | 'notLive'
  | 'notOwnDocument'
  | 'notOwnSubmission'
  | 'ownSubmission'
  | 'publishViaWorkflow'
  | 'restoreAsDraft'
  | 'roleMayNot'
  | 'scheduleChanged'
  | 'staleRevision'
  | 'stageForbids'
  | 'stageViaWorkflow'
  | 'unpublishBeforePublish'
  | 'unpublishInPast'
  | 'unpublishViaWorkflow'

/** 400: the request makes no sense; 403: not this actor; 409: not from the current state. */
export type Refusal = { ok: false; status: 400 | 403 | 409; reason: RefusalReason }

export type Transition = {
  ok: true
  action: WorkflowAction
  from: WorkflowStage
  to: WorkflowStage
  /** Whether a published version is live afterwards. */
  isLive: boolean
  /** The working copy becomes the live version. */
  isPublishing: boolean
  /** The review level this approval fills (approve, or publish straight from review). */
  reviewLevel: number | null
  approvals: readonly Approval[]
  /** `start`: the actor becomes the submitter of a new round; `clear`: the round is over. */
  submission: 'clear' | 'keep' | 'start'
  publishAt: string | null
  unpublishAt: string | null
}

export type EditDecision =
  | Refusal
  | {
      ok: true
      to: WorkflowStage
      isRecorded: boolean
      isNewRound: boolean
      /** This round's approvals and publish schedule no longer apply: they were for other content. */
      isReReview: boolean
    }

const refuse = (status: Refusal['status'], reason: RefusalReason): Refusal => ({
  ok: false,
  status,
  reason,
})

const REVIEWER_ACTIONS: ReadonlySet<WorkflowAction> = new Set([
  'approve',
  'request_changes',
  'publish',
  'unpublish',
  'archive',
  'restore',
])

export const isReviewer = (actor: Actor): boolean =>
  actor.kind === 'user' && (actor.roles.includes('reviewer') || actor.roles.includes('admin'))

const isAdmin = (actor: Actor): boolean => actor.kind === 'user' && actor.roles.includes('admin')

const mayEverDo = (actor: Actor, action: WorkflowAction): boolean => {
  if (actor.kind === 'scheduler') return action === 'publish' || action === 'unpublish'
  return !REVIEWER_ACTIONS.has(action) || isReviewer(actor)
}

const stageAllows = (state: ReviewState, action: WorkflowAction): boolean => {
  switch (action) {
    case 'submit':
      return state.stage === 'draft' || state.stage === 'changes_requested'
    case 'withdraw':
      return state.stage === 'in_review' || state.stage === 'approved'
    case 'approve':
      return state.stage === 'in_review'
    case 'request_changes':
      return state.stage === 'in_review' || state.stage === 'approved'
    case 'publish':
      return state.stage === 'approved' || state.stage === 'in_review'
    case 'unpublish':
      return state.isLive
    case 'archive':
      return state.stage !== 'archived'
    case 'restore':
      return state.stage === 'archived'
  }
}

/** Four eyes: nobody approves what they wrote, submitted or changed last, or approves twice. */
const approvalRefusal = (state: ReviewState, actor: UserActor): Refusal | null => {
  if (actor.id === state.createdBy || actor.id === state.submittedBy) {
    return refuse(403, 'ownSubmission')
  }
  if (actor.id === state.lastEditedBy) return refuse(403, 'lastEditor')
  if (state.approvals.some(({ reviewer }) => reviewer === actor.id)) {
    return refuse(403, 'alreadyApproved')
  }
  return null
}

const actorRefusal = (
  state: ReviewState,
  actor: Actor,
  request: TransitionRequest,
): Refusal | null => {
  const { action } = request
  if (actor.kind === 'scheduler') {
    const scheduled = action === 'publish' ? state.publishAt : state.unpublishAt
    const isStillDue =
      Boolean(scheduled) &&
      scheduled === request.scheduledFor &&
      (action === 'unpublish' || state.stage === 'approved')
    return isStillDue ? null : refuse(409, 'scheduleChanged')
  }
  if (action === 'submit' && !isReviewer(actor)) {
    const isOwn =
      state.createdBy === null || state.createdBy === actor.id || state.lastEditedBy === actor.id
    return isOwn ? null : refuse(403, 'notOwnDocument')
  }
  if (action === 'withdraw' && !isAdmin(actor)) {
    const isOwn = state.submittedBy === actor.id || state.createdBy === actor.id
    return isOwn ? null : refuse(403, 'notOwnSubmission')
  }
  if (action === 'approve' || (action === 'publish' && state.stage === 'in_review')) {
    return approvalRefusal(state, actor)
  }
  return null
}

const requestRefusal = (state: ReviewState, request: TransitionRequest): Refusal | null => {
  const { action, publishAt, unpublishAt, now } = request
  if (action === 'request_changes' && !request.comment?.trim()) {
    return refuse(400, 'commentRequired')
  }
  if (action === 'publish' && unpublishAt) {
    if (publishAt && unpublishAt <= publishAt) return refuse(400, 'unpublishBeforePublish')
    if (unpublishAt <= now) return refuse(400, 'unpublishInPast')
  }
  return null
}

const approvalsAfter = (state: ReviewState, actor: Actor): readonly Approval[] =>
  actor.kind === 'user'
    ? [...state.approvals, { reviewer: actor.id, level: state.approvals.length + 1 }]
    : state.approvals

const outcome = (state: ReviewState, actor: Actor, request: TransitionRequest): Transition => {
  const { action, now } = request
  const base: Transition = {
    ok: true,
    action,
    from: state.stage,
    to: state.stage,
    isLive: state.isLive,
    isPublishing: false,
    reviewLevel: null,
    approvals: state.approvals,
    submission: 'keep',
    publishAt: state.publishAt,
    unpublishAt: state.unpublishAt,
  }
  // A round that ends cancels its schedule; a take-down planned for a live version stays.
  const endOfRound = {
    approvals: [],
    submission: 'clear',
    publishAt: null,
    unpublishAt: state.isLive ? state.unpublishAt : null,
  } as const
  switch (action) {
    case 'submit':
      return { ...base, to: 'in_review', approvals: [], submission: 'start', publishAt: null }
    case 'withdraw':
      return { ...base, ...endOfRound, to: 'draft' }
    case 'request_changes':
      return { ...base, ...endOfRound, to: 'changes_requested', submission: 'keep' }
    case 'approve': {
      const approvals = approvalsAfter(state, actor)
      const isLastLevel = approvals.length >= state.requiredApprovals
      return {
        ...base,
        to: isLastLevel ? 'approved' : 'in_review',
        approvals,
        reviewLevel: approvals.length,
      }
    }
    case 'publish': {
      const isApproving = state.stage === 'in_review'
      const approvals = isApproving ? approvalsAfter(state, actor) : state.approvals
      const reviewLevel = isApproving ? approvals.length : null
      // The scheduler keeps the take-down time stored with the schedule; a person sets it anew.
      const unpublishAt =
        actor.kind === 'scheduler'
          ? state.unpublishAt
          : (request.unpublishAt?.toISOString() ?? null)
      if (request.publishAt && request.publishAt > now) {
        const publishAt = request.publishAt.toISOString()
        return { ...base, to: 'approved', approvals, reviewLevel, publishAt, unpublishAt }
      }
      return {
        ...base,
        to: 'published',
        isLive: true,
        isPublishing: true,
        approvals,
        reviewLevel,
        publishAt: null,
        unpublishAt,
      }
    }
    case 'unpublish':
      if (request.unpublishAt && request.unpublishAt > now) {
        return { ...base, unpublishAt: request.unpublishAt.toISOString() }
      }
      return {
        ...base,
        to: state.stage === 'published' ? 'draft' : state.stage,
        isLive: false,
        unpublishAt: null,
      }
    case 'archive':
      return { ...base, ...endOfRound, to: 'archived', isLive: false, unpublishAt: null }
    case 'restore':
      return { ...base, to: 'draft' }
  }
}

/**
 * Decides a requested transition. Checks run from the general to the particular, so the answer
 * names the first thing in the way: the role (403), the stage (409), this actor and this document
 * (403), then what the request itself says (400).
 */
export const decideTransition = (
  state: ReviewState,
  actor: Actor,
  request: TransitionRequest,
): Refusal | Transition => {
  const { action } = request
  if (!mayEverDo(actor, action)) return refuse(403, 'roleMayNot')
  if (request.revision !== undefined && request.revision !== state.revision) {
    return refuse(409, 'staleRevision')
  }
  if (!stageAllows(state, action)) {
    return refuse(409, action === 'unpublish' ? 'notLive' : 'stageForbids')
  }
  if (
    action === 'publish' &&
    state.stage === 'in_review' &&
    (actor.kind === 'scheduler' || state.approvals.length + 1 < state.requiredApprovals)
  ) {
    return refuse(409, 'levelsRemaining')
  }
  return (
    actorRefusal(state, actor, request) ??
    requestRefusal(state, request) ??
    outcome(state, actor, request)
  )
}

/** The actions `actor` may take on the document now: what the admin UI offers. */
export const availableActions = (
  state: ReviewState,
  actor: Actor,
  now = new Date(),
): WorkflowAction[] =>
  // A placeholder comment: whether a comment is needed is the form's business, not the offer's.
  WORKFLOW_ACTIONS.filter(
    (action) => decideTransition(state, actor, { action, now, comment: '…' }).ok,
  )

/**
 * How a transition is written: a publish or a take-down writes the document itself; anything else
 * on a document with a live version is saved as a new draft version so readers keep the live one.
 */
export const writeMode = (
  state: Pick<ReviewState, 'isLive'>,
  transition: Pick<Transition, 'isLive' | 'to'>,
): { isDraftSave: boolean; status: 'draft' | 'published' } => {
  const status = transition.to === 'published' ? 'published' : 'draft'
  return { isDraftSave: state.isLive && transition.isLive && status === 'draft', status }
}

const REVIEW_STEPS: ReadonlySet<WorkflowAction> = new Set([
  'submit',
  'withdraw',
  'approve',
  'request_changes',
])

/**
 * Whether a transition changes nothing but the review state (stage, round, approvals, revision):
 * a step of the review that neither publishes nor takes down nor archives. Such a step is written
 * in place and adds no version of its own to the document's history.
 */
export const isReviewStep = (
  state: Pick<ReviewState, 'isLive'>,
  transition: Pick<Transition, 'action' | 'isLive' | 'isPublishing'>,
): boolean =>
  REVIEW_STEPS.has(transition.action) &&
  !transition.isPublishing &&
  transition.isLive === state.isLive

/**
 * An ordinary save by a person. Editors cannot touch a document under review until they withdraw
 * it; reviewers may correct it (recorded). A correction is new content nobody has approved: the
 * round's approvals and its publish schedule lapse, an approved document goes back to review, and
 * every level is approved again, by reviewers other than the corrector (who is its last editor).
 * The first edit of a published document starts a new draft of it, and nothing edits an archived
 * one.
 */
export const decideEdit = (state: Pick<ReviewState, 'stage'>, actor: UserActor): EditDecision => {
  const saved = { ok: true, isRecorded: false, isNewRound: false, isReReview: false } as const
  switch (state.stage) {
    case 'archived':
      return refuse(409, 'editArchived')
    case 'in_review':
    case 'approved':
      return isReviewer(actor)
        ? { ...saved, to: 'in_review', isRecorded: true, isReReview: true }
        : refuse(409, 'editDuringReview')
    case 'published':
      return { ...saved, to: 'draft', isRecorded: true, isNewRound: true }
    default:
      return { ...saved, to: state.stage }
  }
}

export type DirectWrite = {
  /** `_status` as the client sent it, if it did. */
  requestedStatus?: unknown
  /** `workflowStage` as the client sent it, if it did. */
  requestedStage?: unknown
  /** The working copy's stage; `draft` for a document being created. */
  currentStage: WorkflowStage | null
  isLive: boolean
  /** Saved as a draft version (`?draft=true`), leaving any live version alone. */
  isDraftSave: boolean
  /** Restoring an old version, which brings its own `_status` and content. */
  isRestore?: boolean
}

/**
 * A client writing `_status` or `workflowStage` through the collection API (REST, GraphQL, admin
 * UI, Local API with access control). Neither is ever a way around the workflow: publishing,
 * taking down and moving between stages are refused with a pointer to the workflow endpoint.
 */
export const decideDirectWrite = (write: DirectWrite): Refusal | { ok: true } => {
  // Restoring over a live version would replace or take down what readers see.
  if (write.isRestore) {
    return write.isLive && !write.isDraftSave ? refuse(403, 'restoreAsDraft') : { ok: true }
  }
  if (write.requestedStatus === 'published') return refuse(403, 'publishViaWorkflow')
  if (write.requestedStage !== undefined && write.requestedStage !== write.currentStage) {
    return refuse(403, 'stageViaWorkflow')
  }
  if (write.requestedStatus === 'draft' && write.isLive && !write.isDraftSave) {
    return refuse(403, 'unpublishViaWorkflow')
  }
  return { ok: true }
}
