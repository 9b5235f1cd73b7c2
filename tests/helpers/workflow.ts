import type { Payload } from 'payload'

import type { WorkflowEvent } from '@/payload-types'
import type { WorkflowStage } from '@/workflow/stages'

import { richText } from './content'
import type { ApiClient } from './http'

export type TransitionBody = {
  action: string
  comment?: string
  publishAt?: string
  unpublishAt?: string
  assignee?: string
  revision?: number
  overrideCompliance?: boolean
  comments?: (number | string)[]
}

export type TransitionAnswer = {
  status: number
  body: {
    id?: string
    workflowStage?: WorkflowStage
    _status?: 'draft' | 'published'
    history?: WorkflowEvent[]
    errors?: { message: string }[]
  }
}

/** `POST /api/workflow/{collection}/{id}` and its parsed answer. */
export const transition = async (
  api: ApiClient,
  collection: string,
  id: string,
  body: TransitionBody | string,
  token?: string,
): Promise<TransitionAnswer> => {
  const response = await api.post(`/workflow/${collection}/${id}`, { token, body: body as never })
  return { status: response.status, body: (await response.json()) as TransitionAnswer['body'] }
}

let counter = 0

const uniqueTitle = (title?: string) => {
  counter += 1
  return title ?? `测试稿件 ${counter}`
}

/** The minimal create bodies of docs/content.md, with a unique title unless one is given. */
export const articleData = (title?: string) => ({
  title: uniqueTitle(title),
  content: richText('正文'),
})

export const eventData = (title?: string) => ({
  title: uniqueTitle(title),
  startDate: '2025-05-20T01:00:00.000Z',
})

export const minimalData = (collection: 'articles' | 'events', title?: string) =>
  collection === 'articles' ? articleData(title) : eventData(title)

export type Fixture = {
  stage: WorkflowStage
  author: string
  submitter?: string
  requiredApprovals?: number
}

/**
 * A document already in `stage`, written directly (server-side, access control off): set-up for
 * the behaviour under test, not the behaviour itself.
 */
export const documentInStage = async (
  payload: Payload,
  collection: 'articles' | 'events',
  { stage, author, submitter, requiredApprovals = 1 }: Fixture,
): Promise<string> => {
  const isReview = stage === 'in_review' || stage === 'approved' || stage === 'changes_requested'
  const doc = await payload.create({
    collection,
    data: {
      ...minimalData(collection),
      _status: stage === 'published' ? 'published' : 'draft',
      workflowStage: stage,
      workflow: {
        createdBy: author,
        lastEditedBy: author,
        submittedBy: isReview ? (submitter ?? author) : null,
        requiredApprovals,
      },
    } as never,
  })
  return doc.id
}

/** The working copy's stage and `_status`, and whether a published version is live. */
export const stateOf = async (payload: Payload, collection: 'articles' | 'events', id: string) => {
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0 })
  const live = await payload.findByID({ collection, id, draft: false, depth: 0 })
  return {
    workflowStage: latest.workflowStage,
    _status: latest._status,
    isLive: live._status === 'published',
  }
}

export const historyOf = async (payload: Payload, collection: string, id: string) =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: {
        and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }],
      },
      sort: 'sequence',
      pagination: false,
      depth: 0,
    })
  ).docs
