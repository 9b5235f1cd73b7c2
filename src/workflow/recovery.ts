import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { isDatabaseUnavailable } from '@/database'

import { announceOwed } from './announce'
import { isWriteConflict } from './audit/append'
import { loadWorkingCopy } from './documents'
import { TRANSITION_LOCK, withLock } from './lock'
import { isWorkflowTarget } from './stages'
import { completeRecordedTransition } from './transition'

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
  /** Changes written before the stop but not announced (cache, search, stats, webhooks): now announced. */
  announced: string[]
}

/**
 * One pass at start-up: finishes what a killed process left half done. A transition records its
 * history first, then writes the document (stage, `_status`, version) and announces the change
 * (src/publication/effects.ts: delivery cache, search index, stats, webhooks); on SQLite there is
 * no transaction around them. A record whose document is still one revision behind is completed
 * now, the same way, announcement included, so a publish ends either fully done or, when the
 * record was never written, not done at all. An announcement owed by a document written just
 * before the stop is made now too.
 */
const recoverOnce = async (payload: Payload): Promise<RecoveryReport> => {
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
  const report: RecoveryReport = { checked: 0, completed: [], unresolved: [], announced: [] }
  const seen = new Set<string>()
  for (const event of events) {
    const key = `${event.documentCollection}/${event.documentId}`
    if (seen.has(key)) continue
    seen.add(key)
    const collection = event.documentCollection
    if (!isWorkflowTarget(collection)) continue
    report.checked += 1
    const doc = await loadWorkingCopy(req, collection, event.documentId, { asUser: false })
    if (!doc) continue
    if ((doc.workflow?.revision ?? 0) < event.revision) {
      if (await completeRecordedTransition(req, event)) {
        report.completed.push(`${key} ${event.action} (record ${event.sequence})`)
      } else {
        report.unresolved.push(`${key} ${event.action} (record ${event.sequence})`)
      }
    }
  }
  report.announced = await announceOwed(req, async (event) => {
    if (!isWorkflowTarget(event.documentCollection)) return false
    const doc = await loadWorkingCopy(req, event.documentCollection, event.documentId, {
      asUser: false,
    })
    return (doc?.workflow?.revision ?? 0) >= event.revision
  })
  if (report.completed.length > 0) {
    payload.logger.warn(
      `workflow: completed ${report.completed.length} transition(s) interrupted by a stop: ${report.completed.join(', ')}`,
    )
  }
  if (report.announced.length > 0) {
    payload.logger.warn(
      `workflow: announced ${report.announced.length} publication change(s) cut off by a stop: ${report.announced.join(', ')}`,
    )
  }
  if (report.unresolved.length > 0) {
    payload.logger.error(
      `workflow: history records ahead of their documents that cannot be completed (check with npm run audit:verify): ${report.unresolved.join(', ')}`,
    )
  }
  return report
}

/**
 * How long a database busy or away at start-up is waited for, and the pause between attempts
 * (each failing statement itself waits for the lock first: SQLITE_BUSY_TIMEOUT_MS).
 */
const RETRY_FOR_MS = 30_000
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2000)))

/**
 * Runs at start-up, before the server takes requests and before the jobs queue starts (see
 * `recoverOnce`). A database that is busy or away for a moment (SQLite: another process holds
 * its lock) is tried again for up to RETRY_FOR_MS: every step checks the stored state first, so a
 * pass cut short is simply repeated.
 */
export const recoverInterruptedTransitions = async (payload: Payload): Promise<RecoveryReport> =>
  withLock(TRANSITION_LOCK, async () => {
    const deadline = Date.now() + RETRY_FOR_MS
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await recoverOnce(payload)
      } catch (error) {
        const isTransient = isDatabaseUnavailable(error) || isWriteConflict(error)
        if (!isTransient || Date.now() >= deadline) throw error
        payload.logger.warn(
          { err: error },
          `workflow: completing interrupted transitions, attempt ${attempt} failed; trying again`,
        )
        await pause(attempt)
      }
    }
  })
