'use client'
import { useCallback, useEffect, useState } from 'react'

import type { ReviewComment } from '@/payload-types'

import type { Target } from '../../admin/panel/workflowApi'
import { fetchComments } from './commentsApi'

/** The document's review comments as the panel keeps them: read on opening and on `reload`. */
export const useReviewComments = (target: Target) => {
  const [comments, setComments] = useState<null | ReviewComment[]>(null)
  const { apiRoute, collection, id, language } = target
  const reload = useCallback(async () => {
    const answer = await fetchComments({ apiRoute, collection, id, language })
    if (answer.ok) setComments(answer.body.docs)
  }, [apiRoute, collection, id, language])
  useEffect(() => {
    void reload()
  }, [reload])
  return { comments, reload }
}

/** An id whether the relationship came back as an id or a document. */
export const idOfValue = (value: unknown): null | string =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : typeof value === 'string'
      ? value
      : null
