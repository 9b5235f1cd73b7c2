import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { isDatabaseUnavailable } from '@/database'
import type { WorkflowEvent, WorkflowState } from '@/payload-types'

import {
  announceOwedFor,
  announceTransition,
  clearOwed,
  markOwed,
  publicationChangeOfTransition,
} from './announce'
import type { NewWorkflowEvent } from './audit/append'
import { appendWorkflowEvent, isWriteConflict } from './audit/append'
import { documentHistory } from './audit/history'
import { retractEvent } from './audit/retract'
import type { WorkflowDocument } from './documents'
import {
  idOf,
  isDocumentLive,
  loadStoredCopy,
  loadWorkingCopy,
  reviewStateOf,
  stageOf,
  workflowStateIds,
  writeReviewStep,
  writeWorkflowTarget,
} from './documents'
import { refusalError, workflowError } from './errors'
import { runTransitionGuards } from './guards'
import { assertPublishable } from './publishable'
import { TRANSITION_LOCK, withLock } from './lock'
import type { NotificationPlan } from './notifications/queue'
import { planNotification, queueNotification } from './notifications/queue'
import { workflowWriteReq } from './requestContext'
import { queueScheduledTransitions } from './schedule'
import { requiredApprovalsFor } from './settings'
import type { Actor, ReviewState, Transition } from './stateMachine'
import { decideTransition, isReviewStep, writeMode } from './stateMachine'
import type { RecordedAction, WorkflowAction, WorkflowTargetSlug, WorkflowStage } from './stages'
import { GLOBALS, isWorkflowTarget, RECORDED_AS, RELEASES } from './stages'
import {
  completeReleaseInput,
  refuseIfHeldByRelease,
  refuseUnreadyRelease,
  writeReleaseBatch,
} from './releases/transition'
import { endReleaseTransaction, initReleaseTransaction } from './releases/transaction'

export type TransitionInput = {
  collection: WorkflowTargetSlug
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
  /** Final level only: pass the compliance gate's blocking findings (recorded in the history). */
  overrideCompliance?: boolean
  /** request_changes: the review comments it points at (checked and recorded by a guard). */
  comments?: string[]
  /**
   * The history records the action under this name (a feature's own action carried out as a
   * workflow action, e.g. `withdraw_from_notice` as an `archive`; see `RECORDED_AS`).
   */
  recordAs?: RecordedAction
}

/** The endpoint's answer (docs/workflow.md). */
export type TransitionResult = {
  id: string
  workflowStage: WorkflowStage
  _status: 'draft' | 'published'
  history: WorkflowEvent[]
  /** Sections the guards add (the compliance gate's warnings: `compliance: { findings }`). */
  [section: string]: unknown
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
  collection: WorkflowTargetSlug
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
 * the record's revision, then announces what changed for readers (src/publication/effects.ts: the
 * delivery cache, search index, stats and webhooks follow from that one announcement, not from
 * the document's hooks). The history record comes first, so a process that dies in between leaves
 * a record ahead of its document, which `recoverInterruptedTransitions` completes on the next
 * start; an announcement owed is noted before the write, so one cut off is made there too.
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
        ? await requiredApprovalsFor(req, collection, doc)
        : state.requiredApprovals,
    revision: event.revision,
  })
  // A release writes its items first (same transaction), then itself, and announces the items'
  // changes as one; the release itself is never public.
  const release =
    collection === RELEASES
      ? await writeReleaseBatch(req, { id, doc, state, decision, event, actorId })
      : null
  const change = release ? null : publicationChangeOfTransition(state, decision)
  const owed = change ? { collection, id, change, event: String(event.id) } : null
  // A step of the review changes no content: written in place, it adds no version of its own to
  // the document's history. A release's submit carries its items' snapshot and is saved.
  const isInPlace = isReviewStep(state, decision) && Object.keys(release?.data ?? {}).length === 0
  let written: Record<string, unknown> | undefined
  try {
    if (owed) await markOwed(req, owed)
    const isWrittenInPlace =
      isInPlace &&
      (await writeReviewStep(
        req,
        collection,
        id,
        { workflowStage: decision.to, workflow },
        { isLive: state.isLive },
      ))
    if (!isWrittenInPlace) {
      written = await writeWorkflowTarget(workflowWriteReq(req), collection, id, {
        data: { workflowStage: decision.to, _status: status, workflow, ...release?.data },
        // A document with a live version keeps it until this transition publishes or removes it.
        draft: isDraftSave,
      })
    }
  } catch (error) {
    // Without a transaction (SQLite) a failed write may have landed in part: Payload writes the
    // document row, then its version, then runs the hooks. The record is taken back only while
    // nothing of the write is there; otherwise it stays ahead of its document and is completed
    // (by this request's retry, or at the next start) instead of leaving a live document whose
    // publish has no record.
    if (!(await req.transactionID) && (await isWriteAbsent(req, collection, id, event.revision))) {
      try {
        await retractEvent(req, event)
        // What it owed is void with it (start-up recovery would drop it as well).
        if (owed) await clearOwed(req, event)
      } catch (retractError) {
        req.payload.logger.error({
          err: retractError,
          msg: 'workflow: a history record of a failed transition could not be taken back; it is completed at the next start',
          event: event.id,
        })
      }
    }
    throw error
  }
  if (owed) await announceTransition(req, owed, { doc: written })
  await release?.announce()
}

/**
 * Whether none of a transition's document write is stored: neither the document row nor its
 * newest version carries the revision. False when that cannot be read (the database is away).
 */
const isWriteAbsent = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  revision: number,
): Promise<boolean> => {
  try {
    const latest = await loadWorkingCopy(req, collection, id, { asUser: false })
    const stored = await loadStoredCopy(req, collection, id, { workflow: { revision: true } })
    return [latest, stored].every((doc) => (doc?.workflow?.revision ?? 0) < revision)
  } catch {
    return false
  }
}

const actorOf = async (req: PayloadRequest, event: WorkflowEvent): Promise<Actor | null> => {
  const actorId = idOf(event.actor)
  if (!actorId) return { kind: 'scheduler' }
  // Access skipped: the system replays a decision its actor already made.
  const user = await req.payload.findByID({
    collection: 'users',
    id: actorId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return user ? { kind: 'user', id: actorId, roles: user.roles ?? [] } : null
}

/**
 * Completes a recorded transition whose document write did not land, or landed in part (the
 * document row without its version, or without the hooks): decides it again as it was decided
 * then and writes it, with its notification. False when it cannot be completed: the document is
 * not one revision behind the record, or the decision no longer comes out the same.
 */
export const completeRecordedTransition = async (
  req: PayloadRequest,
  event: WorkflowEvent,
): Promise<boolean> => {
  const collection = event.documentCollection
  if (!isWorkflowTarget(collection)) return false
  const id = event.documentId
  const doc = await loadWorkingCopy(req, collection, id, { asUser: false })
  if (!doc || (doc.workflow?.revision ?? 0) !== event.revision - 1) return false
  const isLive = await isDocumentLive(req, collection, id)
  const state = reviewStateOf(doc, isLive, await requiredApprovalsFor(req, collection, doc))
  const actor = await actorOf(req, event)
  if (!actor || state.stage !== event.fromStage) return false
  const action = RECORDED_AS[event.action] ?? (event.action as WorkflowAction)
  const decision = decideTransition(state, actor, {
    action,
    comment: event.comment ?? undefined,
    publishAt: event.publishAt ? new Date(event.publishAt) : undefined,
    unpublishAt: event.unpublishAt ? new Date(event.unpublishAt) : undefined,
    scheduledFor:
      actor.kind === 'scheduler' ? (state.publishAt ?? state.unpublishAt ?? undefined) : undefined,
    // The decision as it was made then: schedules compare against that moment.
    now: new Date(event.occurredAt),
  })
  if (!decision.ok || decision.to !== event.toStage) return false
  const assignee = idOf(event.assignee) ?? undefined
  await writeTransition(req, {
    collection,
    id,
    doc,
    state,
    decision,
    event,
    input: { action, assignee },
    actorId: idOf(event.actor),
  })
  const notification = planNotification({ actor, state, decision, event, assignee })
  if (notification) await queueNotification(req, notification)
  return true
}

/** One attempt: read, ask the state machine, record, write. Throws refusals as WorkflowErrors. */
const applyTransition = async (
  req: PayloadRequest,
  actor: Actor,
  input: TransitionInput,
  attempt: { recorded?: WorkflowEvent },
): Promise<Applied> => {
  const { action, collection, id } = input
  const doc = await loadWorkingCopy(req, collection, id, { asUser: actor.kind === 'user' })
  if (!doc) throw workflowError(req, 'notFound', 404)
  const isLive = await isDocumentLive(req, collection, id)
  const configuredApprovals = await requiredApprovalsFor(req, collection, doc)
  const state = reviewStateOf(doc, isLive, configuredApprovals)
  const now = new Date()
  if (collection === RELEASES) input = completeReleaseInput(doc, actor, input, now)
  const decision = decideTransition(state, actor, { ...input, now })
  // Only the role and person come before a release's hold: the stage would not matter then.
  if (collection !== RELEASES && (decision.ok || decision.status === 409)) {
    await refuseIfHeldByRelease(req, { collection, id })
  }
  if (decision.ok && collection === RELEASES) await refuseUnreadyRelease(req, doc, decision)
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
  // What goes forward in review must be publishable as it stands (a release's items are checked
  // when it publishes, all in one transaction).
  if (
    (action === 'submit' || action === 'approve') &&
    collection !== RELEASES &&
    collection !== GLOBALS
  ) {
    await assertPublishable(req, collection, id)
  }
  // Features' checks (the compliance gate) refuse here, before anything is queued or recorded.
  const guarded = await runTransitionGuards(req, {
    collection,
    id,
    action,
    actor,
    doc,
    decision,
    comment: input.comment,
    overrideCompliance: input.overrideCompliance,
    comments: input.comments,
  })

  // Jobs first: a schedule whose transition then fails finds nothing to do when it runs.
  await queueScheduledTransitions(req, { collection, id }, state, decision)

  const actorId = actor.kind === 'user' ? actor.id : null
  const eventInput: NewWorkflowEvent = {
    collection,
    documentId: id,
    revision: state.revision + 1,
    action: input.recordAs ?? action,
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
    ...guarded.record,
  }
  const event = await appendWorkflowEvent(req, eventInput)
  attempt.recorded = event

  await writeTransition(req, { collection, id, doc, state, decision, event, input, actorId })
  return {
    result: {
      id,
      workflowStage: decision.to,
      _status: writeMode(state, decision).status,
      history: await documentHistory(req, collection, id),
      ...guarded.answer,
    },
    notification: planNotification({ actor, state, decision, event, assignee: input.assignee }),
  }
}

/**
 * After an attempt whose write failed without a transaction to undo it: finishes that attempt's
 * transition when its record still stands ahead of the document. The result, or null when the
 * record was taken back or cannot be completed (the next attempt decides afresh).
 */
const resumeRecorded = async (
  req: PayloadRequest,
  event: WorkflowEvent,
): Promise<null | TransitionResult> => {
  const collection = event.documentCollection as WorkflowTargetSlug
  // Access skipped: the workflow looks up its own record.
  const stillRecorded = await req.payload.findByID({
    collection: 'workflow-events',
    id: event.id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!stillRecorded) return null
  const doc = await loadWorkingCopy(req, collection, event.documentId, { asUser: false })
  const isWritten = (doc?.workflow?.revision ?? 0) >= event.revision
  if (!isWritten && !(await completeRecordedTransition(req, event))) return null
  // A write that failed after its document was saved, before its announcement: made now.
  if (isWritten) await announceOwedFor(req, event)
  const written = await loadWorkingCopy(req, collection, event.documentId, { asUser: false })
  return {
    id: event.documentId,
    workflowStage: stageOf(written ?? undefined),
    _status: written?._status === 'published' ? 'published' : 'draft',
    history: await documentHistory(req, collection, event.documentId),
  }
}

/**
 * Carries out a workflow action on a document: the one way a document changes stage. Runs one at
 * a time per process and in a database transaction where the database has them; a write that loses
 * a race with another process is retried from a fresh read, so the loser ends as a 409 from the
 * state machine rather than a half-applied change. Without a transaction, a retry first completes
 * what the failed attempt recorded and wrote in part.
 */
export const performTransition = (
  req: PayloadRequest,
  actor: Actor,
  input: TransitionInput,
): Promise<TransitionResult> =>
  withLock(TRANSITION_LOCK, async () => {
    let pending: undefined | WorkflowEvent
    const isRelease = input.collection === RELEASES
    for (let attempt = 1; ; attempt += 1) {
      // A release is all or nothing: its own transaction on every database (see releases/).
      const ownsTransaction = isRelease
        ? await initReleaseTransaction(req)
        : await initTransaction(req)
      const current: { recorded?: WorkflowEvent } = {}
      let isOpen = ownsTransaction
      const settle = async (isCommit: boolean) => {
        if (!isOpen) return
        isOpen = false
        try {
          await (isCommit ? commitTransaction(req) : killTransaction(req))
        } finally {
          if (isRelease) await endReleaseTransaction(req)
        }
      }
      try {
        const resumed = pending ? await resumeRecorded(req, pending) : null
        pending = undefined
        if (resumed) {
          await settle(true)
          return resumed
        }
        const { result, notification } = await applyTransition(req, actor, input, current)
        await settle(true)
        if (notification) await queueNotification(req, notification)
        return result
      } catch (error) {
        if (ownsTransaction) await settle(false)
        // No transaction undid the attempt: its record may stand, ahead of a half-written document.
        else if (!(await req.transactionID)) pending = current.recorded ?? pending
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
