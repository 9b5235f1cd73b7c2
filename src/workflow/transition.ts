import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { isDatabaseUnavailable } from '@/database'
import type { WorkflowEvent, WorkflowState } from '@/payload-types'

import type { NewWorkflowEvent } from './audit/append'
import { appendWorkflowEvent, isWriteConflict } from './audit/append'
import { documentHistory } from './audit/history'
import { retractEvent } from './audit/retract'
import type { WorkflowDocument } from './documents'
import { isDocumentLive, loadWorkingCopy, reviewStateOf, workflowStateIds } from './documents'
import { refusalError, workflowError } from './errors'
import { TRANSITION_LOCK, withLock } from './lock'
import type { NotificationPlan } from './notifications/queue'
import { planNotification, queueNotification } from './notifications/queue'
import { workflowWriteReq } from './requestContext'
import { queueScheduledTransitions } from './schedule'
import { requiredApprovalsFor } from './settings'
import type { Actor, ReviewState, Transition } from './stateMachine'
import { decideTransition, writeMode } from './stateMachine'
import type { WorkflowAction, WorkflowCollectionSlug, WorkflowStage } from './stages'

export type TransitionInput = {
  collection: WorkflowCollectionSlug
  id: string
  action: WorkflowAction
  comment?: string
  publishAt?: Date
  unpublishAt?: Date
  /** On submit: the reviewer asked to review it (notified instead of all reviewers). */
  assignee?: string
  /** From the scheduler: the time its job was queued for. */
  scheduledFor?: string
  /** The workflow revision the client saw; refused (409) when the document has moved on. */
  revision?: number
}

/** The endpoint's answer (ARCHITECTURE.md "Workflow"). */
export type TransitionResult = {
  id: string
  workflowStage: WorkflowStage
  _status: 'draft' | 'published'
  history: WorkflowEvent[]
}

type Applied = { result: TransitionResult; notification: NotificationPlan | null }

const MAX_ATTEMPTS = 4

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 25))

const assertReviewer = async (req: PayloadRequest, id: string): Promise<void> => {
  // Access skipped: editors cannot read other accounts, but may name a reviewer on submit.
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!user?.roles?.some((role) => role === 'reviewer' || role === 'admin')) {
    throw workflowError(req, 'invalidAssignee', 400)
  }
}

const nextWorkflowState = (
  doc: WorkflowDocument,
  decision: Transition,
  context: {
    actorId: null | string
    assignee?: string
    now: Date
    requiredApprovals: number
    revision: number
  },
): WorkflowState => {
  const current = workflowStateIds(doc.workflow)
  const approvedAt = (reviewer: string, level: number) =>
    current.approvals?.find((row) => row.reviewer === reviewer && row.level === level)
      ?.approvedAt ?? context.now.toISOString()
  const submission =
    decision.submission === 'start'
      ? {
          submittedBy: context.actorId,
          submittedAt: context.now.toISOString(),
          assignee: context.assignee ?? null,
        }
      : decision.submission === 'clear'
        ? { submittedBy: null, submittedAt: null, assignee: null }
        : {}
  return {
    ...current,
    ...submission,
    approvals: decision.approvals.map(({ reviewer, level }) => ({
      reviewer,
      level,
      approvedAt: approvedAt(reviewer, level),
    })),
    requiredApprovals: context.requiredApprovals,
    publishAt: decision.publishAt,
    unpublishAt: decision.unpublishAt,
    revision: context.revision,
  }
}

export type RecordedTransition = {
  collection: WorkflowCollectionSlug
  id: string
  /** The working copy the decision was made on. */
  doc: WorkflowDocument
  state: ReviewState
  decision: Transition
  /** Its record in the history, already chained. */
  event: WorkflowEvent
  input: Pick<TransitionInput, 'action' | 'assignee'>
  actorId: null | string
}

/**
 * Writes a decided and recorded transition to the document: stage, `_status`, review state and
 * the record's revision. The history record comes first, so a process that dies in between leaves
 * a record ahead of its document, which `recoverInterruptedTransitions` completes on the next start.
 */
export const writeTransition = async (
  req: PayloadRequest,
  { collection, id, doc, state, decision, event, input, actorId }: RecordedTransition,
): Promise<void> => {
  const { isDraftSave, status } = writeMode(state, decision)
  const workflow = nextWorkflowState(doc, decision, {
    actorId,
    assignee: input.assignee,
    now: new Date(event.occurredAt),
    requiredApprovals:
      input.action === 'submit'
        ? await requiredApprovalsFor(req, collection)
        : state.requiredApprovals,
    revision: event.revision,
  })
  try {
    await req.payload.update({
      collection,
      id,
      data: { workflowStage: decision.to, _status: status, workflow },
      // A document with a live version keeps it until this transition publishes or removes it.
      draft: isDraftSave,
      depth: 0,
      // Access skipped: the state machine has decided, and the write carries only its outcome.
      overrideAccess: true,
      req: workflowWriteReq(req),
    })
  } catch (error) {
    await retractEvent(req, event)
    throw error
  }
}

/** One attempt: read, ask the state machine, record, write. Throws refusals as WorkflowErrors. */
const applyTransition = async (
  req: PayloadRequest,
  actor: Actor,
  input: TransitionInput,
): Promise<Applied> => {
  const { action, collection, id } = input
  const doc = await loadWorkingCopy(req, collection, id, { asUser: actor.kind === 'user' })
  if (!doc) throw workflowError(req, 'notFound', 404)
  const isLive = await isDocumentLive(req, collection, id)
  const configuredApprovals = await requiredApprovalsFor(req, collection)
  const state = reviewStateOf(doc, isLive, configuredApprovals)
  const now = new Date()
  const decision = decideTransition(state, actor, { ...input, now })
  if (!decision.ok) {
    throw refusalError(req, decision, {
      action,
      stage: state.stage,
      collection,
      id,
      remaining: state.requiredApprovals - state.approvals.length,
      revision: state.revision,
    })
  }
  if (action === 'submit' && input.assignee) await assertReviewer(req, input.assignee)

  // Jobs first: a schedule whose transition then fails finds nothing to do when it runs.
  await queueScheduledTransitions(req, { collection, id }, state, decision)

  const actorId = actor.kind === 'user' ? actor.id : null
  const eventInput: NewWorkflowEvent = {
    collection,
    documentId: id,
    revision: state.revision + 1,
    action,
    fromStage: state.stage,
    toStage: decision.to,
    actorId,
    actorName: actor.kind === 'user' ? (req.user?.name ?? null) : '定时任务',
    comment: input.comment,
    reviewLevel: decision.reviewLevel,
    assignee: action === 'submit' ? (input.assignee ?? null) : null,
    publishAt: decision.publishAt !== state.publishAt ? decision.publishAt : null,
    unpublishAt: decision.unpublishAt !== state.unpublishAt ? decision.unpublishAt : null,
    occurredAt: now,
  }
  const event = await appendWorkflowEvent(req, eventInput)

  await writeTransition(req, { collection, id, doc, state, decision, event, input, actorId })
  return {
    result: {
      id,
      workflowStage: decision.to,
      _status: writeMode(state, decision).status,
      history: await documentHistory(req, collection, id),
    },
    notification: planNotification({ actor, state, decision, event, assignee: input.assignee }),
  }
}

/**
 * Carries out a workflow action on a document: the one way a document changes stage. Runs one at
 * a time per process and in a database transaction where the database has them; a write that loses
 * a race with another process is retried from a fresh read, so the loser ends as a 409 from the
 * state machine rather than a half-applied change.
 */
export const performTransition = (
  req: PayloadRequest,
  actor: Actor,
  input: TransitionInput,
): Promise<TransitionResult> =>
  withLock(TRANSITION_LOCK, async () => {
    for (let attempt = 1; ; attempt += 1) {
      const ownsTransaction = await initTransaction(req)
      try {
        const { result, notification } = await applyTransition(req, actor, input)
        if (ownsTransaction) await commitTransaction(req)
        if (notification) await queueNotification(req, notification)
        return result
      } catch (error) {
        if (ownsTransaction) await killTransaction(req)
        if (!isWriteConflict(error)) throw error
        // A transaction someone else began is spoiled by the failed write: it cannot be retried.
        const isRetryable = ownsTransaction || !(await req.transactionID)
        if (!isRetryable || attempt >= MAX_ATTEMPTS) {
          // Still locked after every retry: the database is away (503), not a lost race.
          if (isDatabaseUnavailable(error)) throw error
          throw workflowError(req, 'concurrent', 409)
        }
        await pause(attempt)
      }
    }
  })
