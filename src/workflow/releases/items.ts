import { getTranslation } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { globalEntryOf } from '@/content/registry'

import type { WorkflowEvent } from '@/payload-types'
import type { ChangedDocument } from '@/publication/effects'

import { appendWorkflowEvent } from '../audit/append'
import type { WorkflowDocument } from '../documents'
import {
  isDocumentLive,
  loadWorkingCopy,
  stageOf,
  workflowStateIds,
  writeWorkflowTarget,
} from '../documents'
import { workflowError } from '../errors'
import { workflowWriteReq } from '../requestContext'
import type { WorkflowStage } from '../stages'
import { GLOBALS } from '../stages'
import type { ItemRef } from './membership'

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

/** Whether the item's newest record is this very transition's (a completed batch resumed). */
const isAlreadyDone = async (req: PayloadRequest, item: ItemRef, context: BatchContext) => {
  // Access skipped: the workflow reads its own history.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        { documentCollection: { equals: item.collection } },
        { documentId: { equals: item.id } },
      ],
    },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = docs[0]
  return (
    last?.release === context.releaseId &&
    last.action === context.action &&
    last.sequence > context.releaseEvent.sequence
  )
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

/**
 * Writes a release's transition to each of its items, in order, inside the release's transaction:
 * a history record per item naming the release, then the item (stage, `_status`, its own review
 * round ended). Publishing makes each item's working copy its live version; unpublishing or
 * archiving takes down every item that is live. Writes carry `publicationBatch`, so per-document
 * side effects wait for the release's single announcement. The first item that cannot be written
 * throws (409, naming it) and the caller rolls the whole transaction back.
 */
export const writeReleaseItems = async (
  req: PayloadRequest,
  items: ItemRef[],
  context: BatchContext,
): Promise<ChangedDocument[]> => {
  const batchReq = workflowWriteReq(req)
  batchReq.context.publicationBatch = true
  const changes: ChangedDocument[] = []
  // Payload's update leaves the request's locale at `all`; the next item is read as the first was.
  const { locale } = req
  for (const item of items) {
    req.locale = locale
    const doc = await loadWorkingCopy(req, item.collection, item.id, { asUser: false })
    if (!doc) throw workflowError(req, 'itemMissing', 409, item, { item })
    const stage = stageOf(doc)
    const isLive = await isDocumentLive(req, item.collection, item.id)
    const title = itemTitle(req, item, doc)
    if (context.action === 'publish' && stage === 'archived') {
      throw workflowError(req, 'itemArchived', 409, item, { item: { ...item, title } })
    }
    if (context.action !== 'publish' && !isLive) continue
    if (await isAlreadyDone(req, item, context)) continue
    const to = targetStage(context.action, stage)
    const current = workflowStateIds(doc.workflow)
    const event = await appendWorkflowEvent(req, {
      collection: item.collection,
      documentId: item.id,
      revision: (current.revision ?? 0) + 1,
      action: context.action,
      fromStage: stage,
      toStage: to,
      actorId: context.actorId,
      actorName: context.actorName,
      comment: context.comment,
      release: context.releaseId,
      occurredAt: new Date(context.releaseEvent.occurredAt),
    })
    const isRoundOver = context.action !== 'unpublish'
    const workflow = {
      ...current,
      ...(isRoundOver
        ? { submittedBy: null, submittedAt: null, assignee: null, approvals: [], publishAt: null }
        : {}),
      // The release's own schedule takes it down; an item keeps none of its own.
      unpublishAt: null,
      revision: event.revision,
    }
    let written: WorkflowDocument
    try {
      // Access skipped: the release was decided by the state machine; this carries its outcome.
      written = (await writeWorkflowTarget(batchReq, item.collection, item.id, {
        data: {
          workflowStage: to,
          _status: context.action === 'publish' ? 'published' : 'draft',
          workflow,
        },
        draft: false,
      })) as WorkflowDocument
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
      doc: written as Record<string, unknown>,
    })
  }
  return changes
}

/** Each item's `updatedAt` now: what a submission (or publication) of the release covered. */
export const snapshotItems = async (req: PayloadRequest, items: ItemRef[]) => {
  const snapshot: { collection: string; id: string; updatedAt: null | string }[] = []
  for (const item of items) {
    const doc = await loadWorkingCopy(req, item.collection, item.id, { asUser: false })
    snapshot.push({ ...item, updatedAt: (doc?.updatedAt as string | undefined) ?? null })
  }
  return snapshot
}
