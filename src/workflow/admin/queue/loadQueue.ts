import { getTranslation } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import { globalEntryOf } from '@/content/registry'

import type { WorkflowDocument } from '../../documents'
import { idOf, loadWorkingCopy, reviewStateOf } from '../../documents'
import type { ApprovalRule } from '../../settings'
import { approvalRule } from '../../settings'
import type { UserActor } from '../../stateMachine'
import { availableActions } from '../../stateMachine'
import { itemRefsOf } from '../../releases/membership'
import type { WorkflowCollectionSlug, WorkflowStage, WorkflowTargetSlug } from '../../stages'
import { GLOBALS, RELEASES, WORKFLOW_COLLECTIONS, WORKFLOW_GLOBALS } from '../../stages'
import { userNames } from '../people'

/** Documents waiting for a reviewer: a level of review, or (approved) publication. */
export const QUEUE_STAGES = ['in_review', 'approved'] as const satisfies WorkflowStage[]

/**
 * The queue's two tabs: `mine` (等我处理) holds what the logged-in user may act on now, `others`
 * (等待他人) what waits for someone else: their own submissions, a level another reviewer has to
 * fill, a document assigned to another reviewer.
 */
export const QUEUE_TABS = ['mine', 'others'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]

/** The actions that move a waiting document on: the level's approval, or its publication. */
const REVIEW_ACTIONS = new Set(['approve', 'publish'])

export type QueueItem = {
  collection: WorkflowTargetSlug
  id: string
  title: string
  stage: (typeof QUEUE_STAGES)[number]
  /** The review level the document waits for; null when it waits for publication. */
  waitingLevel: null | number
  requiredApprovals: number
  assignee: null | string
  author: null | string
  submittedBy: null | string
  submittedAt: null | string
  publishAt: null | string
  /** Whether the logged-in user may approve or publish it now (the 等我处理 tab). */
  isMine: boolean
  /** A release's number of documents; null for a document. */
  itemCount: null | number
}

export type Queue = {
  /** Everything waiting that the user may read, longest-waiting first; `isMine` splits it. */
  items: QueueItem[]
  names: Record<string, string>
  /** Some collection had more waiting documents than one page shows. */
  isTruncated: boolean
}

const PER_COLLECTION = 100

const actorOf = (req: PayloadRequest): null | UserActor =>
  req.user ? { kind: 'user', id: String(req.user.id), roles: req.user.roles ?? [] } : null

/**
 * Whether `actor` may act on the document now, as the workflow's own rules decide: the level's
 * approval (never for their own work, the last editor or a second level of the same reviewer) or
 * the publication. Whether the document is live only matters for unpublishing, which is not one of
 * these. A document assigned to another reviewer waits for that reviewer.
 */
const isActionable = (
  doc: WorkflowDocument,
  actor: null | UserActor,
  configuredApprovals: number,
): boolean => {
  if (!actor) return false
  const assignee = idOf(doc.workflow?.assignee)
  if (assignee && assignee !== actor.id) return false
  const state = reviewStateOf(doc, false, configuredApprovals)
  return availableActions(state, actor).some((action) => REVIEW_ACTIONS.has(action))
}

const loadCollection = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug | typeof RELEASES,
  approvalsFor: ApprovalRule,
): Promise<{ items: QueueItem[]; isTruncated: boolean }> => {
  const isRelease = collection === RELEASES
  const actor = actorOf(req)
  const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const { docs: found } = await req.payload.find({
    collection,
    // The working copy: a live document's new round is in its latest draft version.
    draft: true,
    where: {
      and: [{ workflowStage: { in: [...QUEUE_STAGES] } }],
    },
    sort: 'workflow.submittedAt',
    // One more than a page shows says whether there are more, without a count query.
    limit: PER_COLLECTION + 1,
    pagination: false,
    depth: 0,
    select: {
      [titleField]: true,
      _status: true,
      workflowStage: true,
      workflow: true,
      updatedAt: true,
      ...(isRelease ? { items: true } : {}),
    },
    user: req.user,
    overrideAccess: false,
    req,
  })
  const waiting = (found as unknown as WorkflowDocument[]).slice(0, PER_COLLECTION)
  const items = waiting.map((doc): QueueItem => {
    const title = doc[titleField]
    // A release's levels follow its items' collections (fixed at submit, read here as a fallback).
    return {
      ...queueItemOf(collection, doc, actor, approvalsFor(collection, isRelease ? doc : undefined)),
      title: typeof title === 'string' ? title : '',
      itemCount: isRelease ? itemRefsOf(doc.items).length : null,
    }
  })
  return { items, isTruncated: found.length > PER_COLLECTION }
}

const queueItemOf = (
  collection: WorkflowTargetSlug,
  doc: WorkflowDocument,
  actor: null | UserActor,
  configuredApprovals: number,
): Omit<QueueItem, 'itemCount' | 'title'> => {
  const workflow = doc.workflow ?? {}
  const stage = doc.workflowStage === 'approved' ? 'approved' : 'in_review'
  const done = workflow.approvals?.length ?? 0
  return {
    collection,
    id: String(doc.id),
    stage,
    waitingLevel: stage === 'in_review' ? done + 1 : null,
    requiredApprovals: workflow.requiredApprovals ?? configuredApprovals,
    assignee: idOf(workflow.assignee),
    author: idOf(workflow.createdBy),
    submittedBy: idOf(workflow.submittedBy),
    submittedAt: workflow.submittedAt ?? (typeof doc.updatedAt === 'string' ? doc.updatedAt : null),
    publishAt: workflow.publishAt ?? null,
    isMine: isActionable(doc, actor, configuredApprovals),
  }
}

/**
 * The workflow globals waiting for a reviewer, each titled with its label in the admin's
 * language. Each is one working copy, read as the logged-in user.
 */
const loadGlobals = async (
  req: PayloadRequest,
  approvalsFor: ApprovalRule,
): Promise<QueueItem[]> => {
  const actor = actorOf(req)
  const waiting = await Promise.all(
    WORKFLOW_GLOBALS.map(async (slug): Promise<null | QueueItem> => {
      const doc = await loadWorkingCopy(req, GLOBALS, slug, { asUser: true })
      const stage = doc?.workflowStage
      if (!doc || !stage || !(QUEUE_STAGES as readonly string[]).includes(stage)) return null
      const configured = approvalsFor(GLOBALS, doc)
      const labels = globalEntryOf(slug)?.labels
      return {
        ...queueItemOf(GLOBALS, doc, actor, configured),
        title: labels ? getTranslation(labels, req.i18n) : slug,
        itemCount: null,
      }
    }),
  )
  return waiting.filter((item): item is QueueItem => item !== null)
}

/**
 * Everything waiting for a reviewer across the workflow collections, releases and the workflow
 * globals, longest-waiting first, without the people's names (the navigation's counts need none).
 * Read as the logged-in user (access control on), so nobody sees what they could not open.
 */
export const loadQueueItems = async (req: PayloadRequest): Promise<Omit<Queue, 'names'>> => {
  // The review levels are read once for every document in the queue.
  const approvalsFor = await approvalRule(req)
  const [parts, globals] = await Promise.all([
    Promise.all(
      [...WORKFLOW_COLLECTIONS, RELEASES].map((collection) =>
        loadCollection(req, collection, approvalsFor),
      ),
    ),
    loadGlobals(req, approvalsFor),
  ])
  const items = [...parts.flatMap((part) => part.items), ...globals].sort((a, b) =>
    (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  )
  return { items, isTruncated: parts.some((part) => part.isTruncated) }
}

/** The queue with the names of the people in it, for the views that show them. */
export const loadQueue = async (req: PayloadRequest): Promise<Queue> => {
  const { items, isTruncated } = await loadQueueItems(req)
  const names = await userNames(
    req,
    items.flatMap((item) => [item.assignee, item.author, item.submittedBy]),
  )
  return { items, names, isTruncated }
}

export type QueueCounts = Record<QueueTab, number>

/** How many documents each tab holds. */
export const countTabs = (items: readonly QueueItem[]): QueueCounts => {
  const mine = items.filter((item) => item.isMine).length
  return { mine, others: items.length - mine }
}

/** The documents of one tab. */
export const itemsOfTab = (items: readonly QueueItem[], tab: QueueTab): QueueItem[] =>
  items.filter((item) => item.isMine === (tab === 'mine'))
