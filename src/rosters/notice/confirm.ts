import type { PayloadRequest } from 'payload'
import { commitTransaction, killTransaction } from 'payload'

import type { ChangedDocument } from '@/publication/effects'
import { announcePublication } from '@/publication/effects'
import { appendWorkflowEvent } from '@/workflow/audit/append'
import { loadWorkingCopy, stageOf, workflowStateIds } from '@/workflow/documents'
import { TRANSITION_LOCK, withLock } from '@/workflow/lock'
import { endReleaseTransaction, initReleaseTransaction } from '@/workflow/releases/transaction'
import { itemRefsOf } from '@/workflow/releases/membership'
import { workflowWriteReq } from '@/workflow/requestContext'

import { AWARD_NOTICES } from './collection'

const COLLECTION = 'award-recipients' as const

/**
 * Writes `confirmed` to one live recipient, with a `confirm_notice` record in its history (the
 * record's revision is the working copy's next, as every record's is). A recipient without a
 * newer draft is written as it is live; one with a newer draft (edited since) gets the status on
 * its live row and on the draft, so neither the draft's text goes live nor does publishing that
 * draft later bring `in_notice` back.
 */
const confirmRecipient = async (req: PayloadRequest, id: string, now: Date) => {
  const doc = await loadWorkingCopy(req, COLLECTION, id, { asUser: false })
  if (!doc) return null
  const stage = stageOf(doc)
  const current = workflowStateIds(doc.workflow)
  const event = await appendWorkflowEvent(req, {
    collection: COLLECTION,
    documentId: id,
    revision: (current.revision ?? 0) + 1,
    action: 'confirm_notice',
    fromStage: stage,
    toStage: stage,
    actorId: null,
    actorName: '定时任务',
    occurredAt: now,
  })
  const data = {
    noticeStatus: 'confirmed' as const,
    workflow: { ...current, revision: event.revision },
  }
  const writeReq = workflowWriteReq(req)
  const isDraftAhead = stage !== 'published'
  if (isDraftAhead) {
    await req.payload.db.updateOne({
      collection: COLLECTION,
      id,
      data: { noticeStatus: 'confirmed' },
      req,
      returning: false,
    })
  }
  // Access skipped: the notice's end was decided when it was published; this carries it out.
  return req.payload.update({
    collection: COLLECTION,
    id,
    data,
    draft: isDraftAhead,
    depth: 0,
    overrideAccess: true,
    req: writeReq,
  })
}

/**
 * The end of a release's public notice (docs/rosters.md#public-notice): every recipient of the
 * release still live and `in_notice` with a notice that ended by `endsAt` becomes `confirmed`,
 * and the release's notice rows too, in one database transaction (SQLite included, as a
 * release's publication), then one announcement so caches, search and webhooks see the new
 * status. Returns how many recipients were confirmed. Running it again does nothing.
 */
export const confirmEndedNotice = async (
  req: PayloadRequest,
  { release, endsAt }: { release: string; endsAt: Date },
): Promise<number> =>
  withLock(TRANSITION_LOCK, async () => {
    // Access skipped here and below: the system confirms what the release published.
    const found = await req.payload.findByID({
      collection: 'releases',
      id: release,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    const ids = itemRefsOf(found?.items)
      .filter((item) => item.collection === COLLECTION)
      .map((item) => item.id)
    if (ids.length === 0) return 0
    const { docs } = await req.payload.find({
      collection: COLLECTION,
      where: {
        and: [
          { id: { in: ids } },
          { _status: { equals: 'published' } },
          { noticeStatus: { equals: 'in_notice' } },
          { noticeEndsAt: { less_than_equal: endsAt.toISOString() } },
        ],
      },
      select: { noticeStatus: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const isOwn = await initReleaseTransaction(req)
    const changes: ChangedDocument[] = []
    try {
      const now = new Date()
      for (const { id } of docs) {
        const written = await confirmRecipient(req, String(id), now)
        if (written) {
          const doc = written as unknown as Record<string, unknown>
          changes.push({ collection: COLLECTION, id: String(id), change: 'publish', doc })
        }
      }
      await req.payload.update({
        collection: AWARD_NOTICES,
        where: { release: { equals: release } },
        data: { status: 'confirmed' },
        overrideAccess: true,
        req,
      })
      if (isOwn) await commitTransaction(req)
    } catch (error) {
      if (isOwn) await killTransaction(req)
      throw error
    } finally {
      if (isOwn) await endReleaseTransaction(req)
    }
    await announcePublication(req, { changes })
    return changes.length
  })
