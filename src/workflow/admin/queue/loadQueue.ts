import type { PayloadRequest, Where } from 'payload'

import type { WorkflowDocument } from '../../documents'
import { idOf } from '../../documents'
import { requiredApprovalsFor } from '../../settings'
import type { WorkflowCollectionSlug, WorkflowStage } from '../../stages'
import { WORKFLOW_COLLECTIONS } from '../../stages'
import { userNames } from '../people'

/** Documents waiting for a reviewer: a level of review, or (approved) publication. */
export const QUEUE_STAGES = ['in_review', 'approved'] as const satisfies WorkflowStage[]

export type QueueFilter = 'all' | 'assigned' | 'submitted'

export type QueueItem = {
  collection: WorkflowCollectionSlug
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
}

export type Queue = {
  items: QueueItem[]
  names: Record<string, string>
  /** Some collection had more waiting documents than one page shows. */
  isTruncated: boolean
}

const PER_COLLECTION = 100

const filterWhere = (filter: QueueFilter, userId: string): Where[] => {
  if (filter === 'assigned') return [{ 'workflow.assignee': { equals: userId } }]
  if (filter === 'submitted') return [{ 'workflow.submittedBy': { equals: userId } }]
  return []
}

const loadCollection = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  filter: QueueFilter,
): Promise<{ items: QueueItem[]; isTruncated: boolean }> => {
  const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const { docs, totalDocs } = await req.payload.find({
    collection,
    // The working copy: a live document's new round is in its latest draft version.
    draft: true,
    where: {
      and: [
        { workflowStage: { in: [...QUEUE_STAGES] } },
        ...filterWhere(filter, String(req.user?.id)),
      ],
    },
    sort: 'workflow.submittedAt',
    limit: PER_COLLECTION,
    depth: 0,
    select: { [titleField]: true, workflowStage: true, workflow: true, updatedAt: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  const configured = await requiredApprovalsFor(req, collection)
  const items = (docs as unknown as WorkflowDocument[]).map((doc): QueueItem => {
    const workflow = doc.workflow ?? {}
    const stage = doc.workflowStage === 'approved' ? 'approved' : 'in_review'
    const done = workflow.approvals?.length ?? 0
    const title = doc[titleField]
    return {
      collection,
      id: String(doc.id),
      title: typeof title === 'string' ? title : '',
      stage,
      waitingLevel: stage === 'in_review' ? done + 1 : null,
      requiredApprovals: workflow.requiredApprovals ?? configured,
      assignee: idOf(workflow.assignee),
      author: idOf(workflow.createdBy),
      submittedBy: idOf(workflow.submittedBy),
      submittedAt:
        workflow.submittedAt ?? (typeof doc.updatedAt === 'string' ? doc.updatedAt : null),
      publishAt: workflow.publishAt ?? null,
    }
  })
  return { items, isTruncated: totalDocs > docs.length }
}

/**
 * Everything waiting for a reviewer across the six workflow collections, longest-waiting first.
 * Read as the logged-in user (access control on), so nobody sees what they could not open.
 */
export const loadQueue = async (req: PayloadRequest, filter: QueueFilter): Promise<Queue> => {
  const parts = await Promise.all(
    WORKFLOW_COLLECTIONS.map((collection) => loadCollection(req, collection, filter)),
  )
  const items = parts
    .flatMap((part) => part.items)
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
  const names = await userNames(
    req,
    items.flatMap((item) => [item.assignee, item.author, item.submittedBy]),
  )
  return { items, names, isTruncated: parts.some((part) => part.isTruncated) }
}
