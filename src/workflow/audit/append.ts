import type { PayloadRequest } from 'payload'
import { isolateObjectProperty, ValidationError } from 'payload'

import { insertRows, sqlAdapterOf, tableNameOf } from '@/databaseRows'
import type { WorkflowEvent } from '@/payload-types'

import { chainLockKey, withLock } from '../lock'
import { WRITES_PER_YIELD, yieldToEventLoop } from '../releases/transaction'
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
  /** request_changes: the review comments it points at. */
  reviewComments?: null | string[]
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

/** A record as chained after the one before it (none: the chain's first). */
const chained = (
  event: NewWorkflowEvent,
  previous: undefined | { sequence: number; hash: string },
): ChainedEvent => ({
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
  ...(event.reviewComments?.length ? { reviewComments: event.reviewComments } : {}),
})

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
    const record = chained(event, previous)
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
 * Appends many records at once, in order (a release's items): the chain is read once and carried
 * on in memory, each record hashed on the one before it, exactly as appending them one by one
 * would chain them, and then the rows are inserted together, many to a statement (src/
 * databaseRows.ts; MongoDB: one by one through its adapter). The records are the workflow's own,
 * built here from typed values, so Payload's create operation (its hooks only refuse writers other
 * than this module, its validation only checks what these values are by construction) would add
 * nothing but its cost. The same unique fields keep two writers from sharing a sequence.
 */
export const appendWorkflowEvents = async (
  req: PayloadRequest,
  events: NewWorkflowEvent[],
): Promise<ChainedEvent[]> => {
  if (events.length === 0) return []
  return withLock(await chainLockKey(req), async () => {
    let previous: undefined | { sequence: number; hash: string } = await lastEvent(req)
    const now = new Date().toISOString()
    const rows: (ChainedEvent &
      Record<'hash' | 'revisionKey' | 'createdAt' | 'updatedAt', string>)[] = []
    for (const event of events) {
      const record = chained(event, previous)
      const hash = eventHash(record)
      rows.push({
        ...record,
        hash,
        revisionKey: revisionKeyOf(record),
        createdAt: now,
        updatedAt: now,
      })
      previous = { sequence: record.sequence, hash }
    }
    const adapter = sqlAdapterOf(req.payload)
    if (adapter) {
      await insertRows(adapter, req, tableNameOf(adapter, 'workflow-events'), rows)
    } else {
      for (const [index, data] of rows.entries()) {
        if (index > 0 && index % WRITES_PER_YIELD === 0) await yieldToEventLoop()
        await req.payload.db.create({ collection: 'workflow-events', data, req, returning: false })
      }
    }
    return rows.map(
      ({ hash: _hash, revisionKey: _key, createdAt: _created, updatedAt: _updated, ...record }) =>
        record,
    )
  })
}

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
