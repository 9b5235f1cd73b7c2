import type { PayloadRequest } from 'payload'

import type { WorkflowEvent } from '@/payload-types'
import type { ChangedDocument } from '@/publication/effects'
import { announcePublication } from '@/publication/effects'

import type { WorkflowDocument } from '../documents'
import { stageOf } from '../documents'
import { workflowError } from '../errors'
import type { Actor, ReviewState, Transition } from '../stateMachine'
import type { TransitionInput } from '../transition'
import type { ItemAction } from './items'
import { itemTitle, loadItems, snapshotItems, writeReleaseItems } from './items'
import type { ItemRef } from './membership'
import { HOLDING_STAGES, openReleaseHolding, releaseItemRefs } from './membership'

/**
 * A document in a release under review or approved moves only with the release: its own
 * transition is a 409 (`reason: inRelease`) naming the release. Withdrawing the release frees it.
 */
export const refuseIfHeldByRelease = async (req: PayloadRequest, item: ItemRef): Promise<void> => {
  const holder = await openReleaseHolding(req, item)
  if (!holder || !HOLDING_STAGES.includes(holder.workflowStage)) return
  throw workflowError(
    req,
    'inRelease',
    409,
    { title: holder.title },
    { release: { id: holder.id, title: holder.title } },
  )
}

const laterThan = (value: unknown, than: Date): Date | undefined => {
  if (typeof value !== 'string' || !value) return undefined
  const date = new Date(value)
  return date > than ? date : undefined
}

/**
 * A person publishing a release without a time of their own gets the release's planned
 * `publishAt` (and `unpublishAt`) when those are still ahead: the plan is what was reviewed.
 */
export const completeReleaseInput = (
  doc: WorkflowDocument,
  actor: Actor,
  input: TransitionInput,
  now: Date,
): TransitionInput => {
  if (actor.kind !== 'user' || input.action !== 'publish') return input
  const publishAt = input.publishAt ?? laterThan(doc.publishAt, now)
  const unpublishAt = input.unpublishAt ?? laterThan(doc.unpublishAt, publishAt ?? now)
  return {
    ...input,
    ...(publishAt ? { publishAt } : {}),
    ...(unpublishAt ? { unpublishAt } : {}),
  }
}

/**
 * A release is submitted or published only with items, every one of which still exists and is not
 * archived (an archived document is restored on its own first).
 */
export const refuseUnreadyRelease = async (
  req: PayloadRequest,
  doc: WorkflowDocument,
  decision: Transition,
): Promise<void> => {
  if (decision.action !== 'submit' && decision.action !== 'publish') return
  const items = releaseItemRefs(doc)
  if (items.length === 0) throw workflowError(req, 'emptyRelease', 400)
  const docs = await loadItems(req, items)
  for (const item of items) {
    const found = docs.get(`${item.collection}/${item.id}`)
    if (!found) throw workflowError(req, 'itemMissing', 409, item, { item })
    if (stageOf(found) === 'archived') {
      const title = itemTitle(req, item, found)
      throw workflowError(req, 'itemArchived', 409, item, { item: { ...item, title } })
    }
  }
}

type ReleaseWrite = {
  id: string
  doc: WorkflowDocument
  state: ReviewState
  decision: Transition
  event: WorkflowEvent
  actorId: null | string
}

/**
 * The part of a release's transition that reaches its items, run inside the transition's
 * transaction before the release itself is written: publishing publishes every item, taking a
 * live release down (unpublish, archive) takes down every live item. Returns what the release
 * write adds (the snapshot of its items) and the one announcement of the batch, made after it.
 */
export const writeReleaseBatch = async (
  req: PayloadRequest,
  { id, doc, state, decision, event, actorId }: ReleaseWrite,
): Promise<{ data: Record<string, unknown>; announce: () => Promise<void> }> => {
  const items = releaseItemRefs(doc)
  const itemAction: ItemAction | null = decision.isPublishing
    ? 'publish'
    : state.isLive && !decision.isLive
      ? decision.action === 'archive'
        ? 'archive'
        : 'unpublish'
      : null
  const changes: ChangedDocument[] = itemAction
    ? await writeReleaseItems(req, items, {
        releaseId: id,
        action: itemAction,
        releaseEvent: event,
        actorId,
        actorName: event.actorName ?? null,
        comment: event.comment,
      })
    : []
  const isSnapshot = decision.action === 'submit' || decision.isPublishing
  const data = isSnapshot ? { submittedItems: await snapshotItems(req, items) } : {}
  const title = typeof doc.title === 'string' ? doc.title : id
  return {
    data,
    announce: async () => {
      if (!itemAction) return
      await announcePublication(req, { changes, release: { id, title, action: itemAction } })
    },
  }
}
