import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { globalEntryOf } from '@/content/registry'

import type { WorkflowEvent } from '@/payload-types'
import type { ChangedDocument } from '@/publication/effects'

import type { NewWorkflowEvent } from '../audit/append'
import { appendWorkflowEvents } from '../audit/append'
import type { WorkflowDocument } from '../documents'
import {
  isDocumentLive,
  loadWorkingCopy,
  releaseDocumentLocks,
  stageOf,
  workflowStateIds,
  writeWorkflowTarget,
} from '../documents'
import { workflowError } from '../errors'
import { markReleaseBatch, workflowWriteReq } from '../requestContext'
import type { WorkflowStage, WorkflowTargetSlug } from '../stages'
import { GLOBALS } from '../stages'
import type { ItemBefore } from './itemWrite'
import { readItemsBefore, writeItem } from './itemWrite'
import type { ItemRef } from './membership'
import { WRITES_PER_YIELD, yieldToEventLoop } from './transaction'

/** What a release does to its items: publish them, or take them down with it. */
export type ItemAction = 'publish' | 'unpublish' | 'archive'

type BatchContext = {
  releaseId: string
  action: ItemAction
  /** The release's own history record for this transition: the items' records follow it. */
  releaseEvent: WorkflowEvent
  actorId: null | string
  actorName: null | string
  comment?: null | string
}

/** The title an item shows in the admin (its `useAsTitle`), or its id. */
export const itemTitle = (req: PayloadRequest, item: ItemRef, doc: null | WorkflowDocument) => {
  if (item.collection === GLOBALS) {
    const labels = globalEntryOf(item.id)?.labels
    return labels ? getTranslation(labels, req.i18n) : item.id
  }
  const field = req.payload.collections[item.collection]?.config.admin.useAsTitle ?? 'id'
  const title = doc?.[field]
  return typeof title === 'string' && title ? title : item.id
}

/** The key of an item in what `loadItems` answers. */
export const itemKey = (item: ItemRef) => `${item.collection}/${item.id}`

/**
 * Every item's working copy (null when it no longer exists), read with one query per collection
 * instead of one per item: a release holds hundreds of documents. An item the batch query does
 * not return (no version row) is read on its own, as a single document would be.
 */
export const loadItems = async (
  req: PayloadRequest,
  items: ItemRef[],
): Promise<Map<string, null | WorkflowDocument>> => {
  const found = new Map<string, null | WorkflowDocument>()
  for (const collection of new Set(items.map((item) => item.collection))) {
    // A global is one document of its own: read below, like an item the query misses.
    if (collection === GLOBALS) continue
    const ids = items.filter((item) => item.collection === collection).map((item) => item.id)
    // Access skipped: the release's rules were checked; these are its items as stored.
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) found.set(`${collection}/${doc.id}`, doc as unknown as WorkflowDocument)
  }
  for (const item of items) {
    if (found.has(itemKey(item))) continue
    found.set(
      itemKey(item),
      await loadWorkingCopy(req, item.collection, item.id, { asUser: false }),
    )
  }
  return found
}

/** The items readers see a published version of now: one query per collection. */
const liveItems = async (req: PayloadRequest, items: ItemRef[]): Promise<Set<string>> => {
  const live = new Set<string>()
  for (const collection of new Set(items.map((item) => item.collection))) {
    const ids = items.filter((item) => item.collection === collection).map((item) => item.id)
    if (collection === GLOBALS) {
      for (const id of ids) if (await isDocumentLive(req, GLOBALS, id)) live.add(`${GLOBALS}/${id}`)
      continue
    }
    // Access skipped: a fact about the documents the rules need, whoever asks.
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { _status: true },
    })
    for (const doc of docs as { id: number | string }[]) live.add(`${collection}/${doc.id}`)
  }
  return live
}

/**
 * The records this very transition already wrote (a batch resumed after a stop), by item: every
 * record after the release's own is read once, and each item's newest one is compared.
 */
const recordsAlreadyWritten = async (
  req: PayloadRequest,
  context: BatchContext,
): Promise<Map<string, WorkflowEvent>> => {
  // Access skipped: the workflow reads its own history.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { sequence: { greater_than: context.releaseEvent.sequence } },
    sort: 'sequence',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const newest = new Map<string, (typeof docs)[number]>()
  for (const event of docs) newest.set(`${event.documentCollection}/${event.documentId}`, event)
  const written = new Map<string, WorkflowEvent>()
  for (const [key, last] of newest) {
    if (last.release === context.releaseId && last.action === context.action) written.set(key, last)
  }
  return written
}

const targetStage = (action: ItemAction, stage: WorkflowStage): WorkflowStage => {
  if (action === 'publish') return 'published'
  if (action === 'archive') return 'archived'
  return stage === 'published' ? 'draft' : stage
}

/** A validation error of Payload as one line per field, for the answer naming the item. */
const problemOf = (error: ValidationError): { problem: string; errors: unknown[] } => {
  const errors = (error.data as { errors?: { path?: string; message?: string }[] }).errors ?? []
  const problem = errors.map(({ path, message }) => `${path}: ${message}`).join('; ')
  return { problem: problem || error.message, errors }
}

type PlannedItem = {
  item: ItemRef
  title: string
  to: WorkflowStage
  current: ReturnType<typeof workflowStateIds>
  /** The revision the item's history record makes (written now, or before a stop). */
  revision: number
}

/**
 * Writes a release's transition to its items inside the release's transaction: first a history
 * record per item naming the release (one append of the whole batch, in the items' order), then
 * each item (stage, `_status`, its own review round ended). Publishing makes each item's working
 * copy its live version; unpublishing or archiving takes down every item that is live. Writes
 * carry `publicationBatch`, so per-document side effects wait for the release's single
 * announcement. The first item that cannot be written throws (409, naming it) and the caller
 * rolls the whole transaction back, records included. A batch resumed after a stop writes no
 * second record for an item that has one, and skips an item whose document has caught up with it.
 */
export const writeReleaseItems = async (
  req: PayloadRequest,
  items: ItemRef[],
  context: BatchContext,
): Promise<ChangedDocument[]> => {
  const batchReq = workflowWriteReq(req)
  batchReq.context.publicationBatch = true
  markReleaseBatch(batchReq)
  // Payload's update leaves the request's locale at `all`; the next item is read as the first was.
  const { locale } = req
  // Read once for the whole batch, before any item is written (each item is written once).
  const docs = await loadItems(req, items)
  const live = await liveItems(req, items)
  const recorded = await recordsAlreadyWritten(req, context)
  req.locale = locale
  const planned: PlannedItem[] = []
  const records: NewWorkflowEvent[] = []
  for (const item of items) {
    const doc = docs.get(itemKey(item))
    if (!doc) throw workflowError(req, 'itemMissing', 409, item, { item })
    const stage = stageOf(doc)
    const isLive = live.has(itemKey(item))
    const title = itemTitle(req, item, doc)
    if (context.action === 'publish' && stage === 'archived') {
      throw workflowError(req, 'itemArchived', 409, item, { item: { ...item, title } })
    }
    if (context.action !== 'publish' && !isLive) continue
    const current = workflowStateIds(doc.workflow)
    const record = recorded.get(itemKey(item))
    if (record) {
      // Written before a stop: done when the document caught up with its record.
      if ((current.revision ?? 0) >= record.revision) continue
      planned.push({ item, title, to: record.toStage, current, revision: record.revision })
      continue
    }
    const to = targetStage(context.action, stage)
    const revision = (current.revision ?? 0) + 1
    planned.push({ item, title, to, current, revision })
    records.push({
      collection: item.collection,
      documentId: item.id,
      revision,
      action: context.action,
      fromStage: stage,
      toStage: to,
      actorId: context.actorId,
      actorName: context.actorName,
      comment: context.comment,
      release: context.releaseId,
      occurredAt: new Date(context.releaseEvent.occurredAt),
    })
  }
  await appendWorkflowEvents(req, records)
  // What Payload's update would read for each item, read once per collection (a global is written
  // through Payload's update, as is an item with no version to read).
  const before = new Map<string, ItemBefore>()
  const written = new Map<CollectionSlug, string[]>()
  for (const collection of new Set(planned.map(({ item }) => item.collection))) {
    if (collection === GLOBALS) continue
    const ids = planned
      .filter(({ item }) => item.collection === collection)
      .map(({ item }) => item.id)
    written.set(collection, ids)
    const read = await readItemsBefore(batchReq, collection, ids)
    for (const [id, item] of read) before.set(`${collection}/${id}`, item)
  }
  req.locale = locale
  const changes: ChangedDocument[] = []
  const isRoundOver = context.action !== 'unpublish'
  for (const [index, { item, title, to, current, revision }] of planned.entries()) {
    if (index > 0 && index % WRITES_PER_YIELD === 0) await yieldToEventLoop()
    req.locale = locale
    const workflow = {
      ...current,
      ...(isRoundOver
        ? { submittedBy: null, submittedAt: null, assignee: null, approvals: [], publishAt: null }
        : {}),
      // The release's own schedule takes it down; an item keeps none of its own.
      unpublishAt: null,
      revision,
    }
    const data = {
      workflowStage: to,
      _status: context.action === 'publish' ? 'published' : 'draft',
      workflow,
    }
    const itemBefore = before.get(itemKey(item))
    let doc: Record<string, unknown>
    try {
      // Access skipped: the release was decided by the state machine; this carries its outcome.
      doc = itemBefore
        ? await writeItem(
            batchReq,
            req.payload.collections[item.collection as CollectionSlug].config,
            item.id,
            data,
            itemBefore,
          )
        : await writeWorkflowTarget(batchReq, item.collection, item.id, { data, draft: false })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      const { problem, errors } = problemOf(error)
      throw workflowError(
        req,
        'itemInvalid',
        409,
        { ...item, title, problem },
        { item: { ...item, title }, errors },
      )
    }
    changes.push({
      collection: item.collection,
      id: item.id,
      change: context.action === 'publish' ? 'publish' : 'unpublish',
      doc,
    })
  }
  for (const [collection, ids] of written) {
    await releaseDocumentLocks(batchReq, collection as WorkflowTargetSlug, ids)
  }
  req.locale = locale
  return changes
}

/** Each item's `updatedAt` now: what a submission (or publication) of the release covered. */
export const snapshotItems = async (req: PayloadRequest, items: ItemRef[]) => {
  const docs = await loadItems(req, items)
  return items.map((item) => ({
    ...item,
    updatedAt: (docs.get(itemKey(item))?.updatedAt as string | undefined) ?? null,
  }))
}
