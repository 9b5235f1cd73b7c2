import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { User, WorkflowEvent } from '@/payload-types'
import { markOwed } from '@/workflow/announce'
import { appendWorkflowEvent } from '@/workflow/audit/append'

type CrashedPublish = {
  collection: 'articles' | 'events'
  /** An approved document at revision 0 (e.g. from `documentInStage`). */
  id: string
  /** Who published. */
  reviewer: User
}

/**
 * What a process killed between the two writes of a publish leaves behind (SQLite has no
 * transaction around them): the chained history record of the publish, the document untouched.
 */
export const publishRecordedNotWritten = async (
  payload: Payload,
  { collection, id, reviewer }: CrashedPublish,
): Promise<WorkflowEvent> =>
  appendWorkflowEvent(await createLocalReq({}, payload), {
    collection,
    documentId: id,
    revision: 1,
    action: 'publish',
    fromStage: 'approved',
    toStage: 'published',
    actorId: reviewer.id,
    actorName: reviewer.name ?? null,
    occurredAt: new Date(),
  })

/**
 * What a process killed after a publish's document write but before its announcement leaves
 * behind: the record, the announcement it owes (`payload-kv`), and the document written as the
 * workflow writes it (its own hooks leave the change to the announcement).
 */
export const publishWrittenNotAnnounced = async (
  payload: Payload,
  crashed: CrashedPublish,
): Promise<WorkflowEvent> => {
  const event = await publishRecordedNotWritten(payload, crashed)
  await markOwed(await createLocalReq({}, payload), {
    collection: crashed.collection,
    id: crashed.id,
    change: 'publish',
    event: String(event.id),
  })
  await payload.update({
    collection: crashed.collection,
    id: crashed.id,
    data: { _status: 'published', workflowStage: 'published', workflow: { revision: 1 } } as never,
    context: { publicationBatch: true },
  })
  return event
}
