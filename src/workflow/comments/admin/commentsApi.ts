import type { ReviewComment } from '@/payload-types'

import type { Target } from '../../admin/panel/workflowApi'
import { call } from '../../admin/panel/workflowApi'

/** What the comment form sends: the server adds the author, round and document's author. */
export type NewComment = {
  fieldPath?: string
  passage?: string
  body: string
  mentions: string[]
}

const base = (target: Target) => `${target.apiRoute}/review-comments`

/** Every comment on the document, oldest first (earlier rounds included), ids not populated. */
export const fetchComments = (target: Target) => {
  const query = new URLSearchParams({
    depth: '0',
    limit: '200',
    sort: 'createdAt',
    'where[documentCollection][equals]': target.collection,
    'where[documentId][equals]': target.id,
  })
  return call<{ docs: ReviewComment[] }>(target, { method: 'GET' }, `${base(target)}?${query}`)
}

export const postComment = (target: Target, comment: NewComment) =>
  call<{ doc: ReviewComment }>(
    target,
    {
      method: 'POST',
      body: JSON.stringify({
        ...comment,
        documentCollection: target.collection,
        documentId: target.id,
      }),
    },
    base(target),
  )

export const setResolved = (target: Target, id: string, isResolved: boolean) =>
  call<{ doc: ReviewComment }>(
    target,
    { method: 'PATCH', body: JSON.stringify({ resolved: isResolved }) },
    `${base(target)}/${encodeURIComponent(id)}`,
  )

export const deleteComment = (target: Target, id: string) =>
  call<{ doc: ReviewComment }>(
    target,
    { method: 'DELETE' },
    `${base(target)}/${encodeURIComponent(id)}`,
  )
