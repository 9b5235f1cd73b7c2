import type { PayloadRequest } from 'payload'

import type { PublicationAnnouncement, PublicationChangeKind } from '@/publication/effects'
import { announcePublication } from '@/publication/effects'
import type { WorkflowEvent } from '@/payload-types'

import type { ReviewState, Transition } from './stateMachine'

/**
 * What a transition changes for anonymous readers: a publish (first or again, with new content),
 * an unpublish (a live document taken down: unpublish, archive), or nothing (every other step
 * of a review happens in drafts while the live version, if any, stays as it was).
 */
export const publicationChangeOfTransition = (
  state: Pick<ReviewState, 'isLive'>,
  decision: Pick<Transition, 'isLive' | 'to'>,
): null | PublicationChangeKind => {
  if (decision.to === 'published') return 'publish'
  if (state.isLive && !decision.isLive) return 'unpublish'
  return null
}

/**
 * A transition's announcement owed but not yet made, kept in `payload-kv` from just before the
 * document write until its announcement has run. On SQLite there is no transaction around the
 * record, the document write and the effects: a process killed in between leaves this row, and
 * start-up recovery makes the announcement (`announceOwed`). Where there is a transaction the row
 * commits or rolls back with the rest.
 */
type Owed = { collection: string; id: string; change: PublicationChangeKind; event: string }

const OWED_PREFIX = 'publication-owed:'

const owedKey = (event: Pick<WorkflowEvent, 'id'>) => `${OWED_PREFIX}${event.id}`

export const markOwed = async (req: PayloadRequest, owed: Owed): Promise<void> => {
  const key = owedKey({ id: owed.event })
  // Access skipped: the key-value store is internal; the workflow writes it on everyone's behalf.
  const { totalDocs } = await req.payload.count({
    collection: 'payload-kv',
    where: { key: { equals: key } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  await req.payload.create({
    collection: 'payload-kv',
    data: { key, data: owed },
    overrideAccess: true,
    req,
  })
}

export const clearOwed = async (
  req: PayloadRequest,
  event: Pick<WorkflowEvent, 'id'>,
): Promise<void> => {
  await req.payload.delete({
    collection: 'payload-kv',
    where: { key: { equals: owedKey(event) } },
    overrideAccess: true,
    req,
  })
}

/** Announces one transition's change and settles what it owed. */
export const announceTransition = async (
  req: PayloadRequest,
  owed: Owed,
  options: { doc?: Record<string, unknown>; isRecovery?: boolean } = {},
): Promise<void> => {
  const announcement: PublicationAnnouncement = {
    changes: [{ collection: owed.collection, id: owed.id, change: owed.change, doc: options.doc }],
    ...(options.isRecovery ? { isRecovery: true } : {}),
  }
  await announcePublication(req, announcement)
  await clearOwed(req, { id: owed.event })
}

const owedRows = async (req: PayloadRequest, key: string | { like: string }) => {
  // Access skipped: the workflow reads its own bookkeeping.
  const { docs } = await req.payload.find({
    collection: 'payload-kv',
    where: { key: typeof key === 'string' ? { equals: key } : key },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.filter((row) => row.key.startsWith(OWED_PREFIX)).map((row) => row.data as Owed)
}

/**
 * Makes the announcement a recorded transition still owes, after a retry or restart found its
 * document written. False when it owed none (nothing changed for readers, or already announced).
 */
export const announceOwedFor = async (
  req: PayloadRequest,
  event: Pick<WorkflowEvent, 'id'>,
): Promise<boolean> => {
  const [owed] = await owedRows(req, owedKey(event))
  if (!owed) return false
  await announceTransition(req, owed, { isRecovery: true })
  return true
}

/**
 * Start-up recovery: the announcements owed by transitions a stopped process wrote but did not
 * announce. An owed row whose history record is gone (taken back after a failed write) or whose
 * document never reached the record's revision is dropped: that change did not happen. Returns
 * the documents announced.
 */
export const announceOwed = async (
  req: PayloadRequest,
  hasLanded: (event: WorkflowEvent) => Promise<boolean>,
): Promise<string[]> => {
  const announced: string[] = []
  for (const owed of await owedRows(req, { like: OWED_PREFIX })) {
    // Access skipped: the workflow reads its own history.
    const event = (await req.payload.findByID({
      collection: 'workflow-events',
      id: owed.event,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })) as null | WorkflowEvent
    if (event && (await hasLanded(event))) {
      await announceTransition(req, owed, { isRecovery: true })
      announced.push(`${owed.collection}/${owed.id} ${owed.change}`)
    } else {
      await clearOwed(req, { id: owed.event })
    }
  }
  return announced
}
