import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { bumpGeneration } from '@/delivery/cache/generation'
import { syncSearchEntry } from '@/delivery/search/indexEntry'
import { isSearchableSlug } from '@/delivery/search/sources'
import type { WorkflowEvent } from '@/payload-types'

import { idOf, isDocumentLive, loadWorkingCopy, reviewStateOf } from './documents'
import { TRANSITION_LOCK, withLock } from './lock'
import { planNotification, queueNotification } from './notifications/queue'
import { requiredApprovalsFor } from './settings'
import type { Actor } from './stateMachine'
import { decideTransition } from './stateMachine'
import type { WorkflowAction } from './stages'
import { isWorkflowCollection } from './stages'
import { writeTransition } from './transition'

/**
 * How many of the newest history records are checked. A transition cut off by a crash is always
 * the newest record of its document, and transitions run one at a time per process, so only the
 * last few records can belong to one; the margin covers several server processes.
 */
const RECENT_RECORDS = 50

export type RecoveryReport = {
  /** Documents checked (those of the newest history records). */
  checked: number
  /** Transitions whose record was written but whose document change was not: now completed. */
  completed: string[]
  /** Records that could not be completed (logged for an operator: the document was changed since). */
  unresolved: string[]
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

/** Completes one recorded transition whose document change never landed; false when it cannot. */
const complete = async (req: PayloadRequest, event: WorkflowEvent): Promise<boolean> => {
  const collection = event.documentCollection
  if (!isWorkflowCollection(collection)) return false
  const id = event.documentId
  const doc = await loadWorkingCopy(req, collection, id, { asUser: false })
  if (!doc || (doc.workflow?.revision ?? 0) !== event.revision - 1) return false
  const isLive = await isDocumentLive(req, collection, id)
  const state = reviewStateOf(doc, isLive, await requiredApprovalsFor(req, collection))
  const actor = await actorOf(req, event)
  if (!actor || state.stage !== event.fromStage) return false
  const action = event.action as WorkflowAction
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

/**
 * Runs at start-up, before the server takes requests: finishes what a killed process left half
 * done. A transition records its history first and then writes the document (stage, `_status`,
 * version, search index, cache generation, webhooks in the hooks of that one write); on SQLite
 * there is no transaction around the two. A record whose document is still one revision behind
 * is completed now, the same way, so a publish ends either fully done or, when the record was
 * never written, not done at all. The search index of those documents is brought in line too (a
 * process can die after the document write but before its hooks) and caches are invalidated.
 */
export const recoverInterruptedTransitions = async (payload: Payload): Promise<RecoveryReport> =>
  withLock(TRANSITION_LOCK, async () => {
    const req = await createLocalReq({}, payload)
    // Access skipped: the system checks its own history.
    const { docs: events } = await payload.find({
      collection: 'workflow-events',
      sort: '-sequence',
      limit: RECENT_RECORDS,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const report: RecoveryReport = { checked: 0, completed: [], unresolved: [] }
    const seen = new Set<string>()
    for (const event of events) {
      const key = `${event.documentCollection}/${event.documentId}`
      if (seen.has(key)) continue
      seen.add(key)
      const collection = event.documentCollection
      if (!isWorkflowCollection(collection)) continue
      report.checked += 1
      const doc = await loadWorkingCopy(req, collection, event.documentId, { asUser: false })
      if (!doc) continue
      if ((doc.workflow?.revision ?? 0) < event.revision) {
        if (await complete(req, event)) {
          report.completed.push(`${key} ${event.action} (record ${event.sequence})`)
        } else {
          report.unresolved.push(`${key} ${event.action} (record ${event.sequence})`)
        }
      }
      if (isSearchableSlug(collection)) await syncSearchEntry(req, collection, event.documentId)
    }
    // Other server processes may have cached what a half-done change showed.
    await bumpGeneration(req)
    if (report.completed.length > 0) {
      payload.logger.warn(
        `workflow: completed ${report.completed.length} transition(s) interrupted by a stop: ${report.completed.join(', ')}`,
      )
    }
    if (report.unresolved.length > 0) {
      payload.logger.error(
        `workflow: history records ahead of their documents that cannot be completed (check with npm run audit:verify): ${report.unresolved.join(', ')}`,
      )
    }
    return report
  })
