import type { PayloadRequest } from 'payload'
import { isolateObjectProperty, ValidationError } from 'payload'

import type { WorkflowEvent } from '@/payload-types'

import { chainLockKey, withLock } from '../lock'
import type { RecordedAction, WorkflowTargetSlug, WorkflowStage } from '../stages'
import { appendContext } from './appendToken'
import type { ChainedEvent } from './hash'
import { eventHash, GENESIS_HASH, revisionKeyOf } from './hash'

/** The blocking findings a final-level reviewer passed with a comment (the compliance gate). */
export type ComplianceOverrideRecord = {
  findings: { term: string; kind: string; path: string; locale: null | string; text: string }[]
}

export type NewWorkflowEvent = {
  collection: WorkflowTargetSlug
  documentId: string
  /** The document's revision this record makes: its previous revision + 1. */
  revision: number
  action: RecordedAction
  fromStage: WorkflowStage | null
  toStage: WorkflowStage
  actorId: null | string
  actorName: null | string
  comment?: null | string
  reviewLevel?: null | number
  assignee?: null | string
  publishAt?: null | string
  unpublishAt?: null | string
  /** The release this document moved with. */
  release?: null | string
  occurredAt: Date
  complianceOverride?: ComplianceOverrideRecord | null
}

const lastEvent = async (req: PayloadRequest): Promise<WorkflowEvent | undefined> => {
  // Access skipped: the chain continues from the last record whoever appends.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/**
 * Appends a record to the history, chained to the one before it. Two writers that claim the same
 * sequence number, or the same revision of one document, cannot both succeed (unique fields):
 * the loser's write fails and it must start over from a fresh read (see `isWriteConflict`).
 */
export const appendWorkflowEvent = async (
  req: PayloadRequest,
  event: NewWorkflowEvent,
): Promise<WorkflowEvent> =>
  withLock(await chainLockKey(req), async () => {
    const previous = await lastEvent(req)
    const record: ChainedEvent = {
      sequence: (previous?.sequence ?? 0) + 1,
      prevHash: previous?.hash ?? GENESIS_HASH,
      documentCollection: event.collection,
      documentId: event.documentId,
      revision: event.revision,
      action: event.action,
      fromStage: event.fromStage,
      toStage: event.toStage,
      actor: event.actorId,
      actorName: event.actorName,
      comment: event.comment?.trim() || null,
      reviewLevel: event.reviewLevel ?? null,
      assignee: event.assignee ?? null,
      publishAt: event.publishAt ?? null,
      unpublishAt: event.unpublishAt ?? null,
      occurredAt: event.occurredAt.toISOString(),
      release: event.release ?? null,
      ...(event.complianceOverride ? { complianceOverride: event.complianceOverride } : {}),
    }
    // Same transaction, own context: the append token must not outlive this one call.
    const appendReq = isolateObjectProperty(req, 'context')
    appendReq.context = { ...req.context, ...appendContext() }
    return req.payload.create({
      collection: 'workflow-events',
      data: { ...record, hash: eventHash(record), revisionKey: revisionKeyOf(record) },
      depth: 0,
      // Access skipped: nobody may create records through the API; the workflow is the writer.
      overrideAccess: true,
      req: appendReq,
    })
  })

/**
 * A write lost a race with another writer: a unique sequence or revision already taken, or the
 * database aborting one of two conflicting transactions. Starting over from a fresh read is safe.
 */
export const isWriteConflict = (error: unknown): boolean => {
  if (error instanceof ValidationError) {
    return (error.data as { collection?: string } | undefined)?.collection === 'workflow-events'
  }
  const { code, cause, errorLabels } = (error ?? {}) as {
    code?: unknown
    cause?: { code?: unknown }
    errorLabels?: unknown
  }
  const codes = [code, cause?.code]
  return (
    codes.some((value) => ['40001', '40P01', 'SQLITE_BUSY', 112, 11000].includes(value as never)) ||
    (Array.isArray(errorLabels) && errorLabels.includes('TransientTransactionError'))
  )
}
