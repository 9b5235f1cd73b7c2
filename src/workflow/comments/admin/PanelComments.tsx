'use client'
import { Button, toast, useAuth } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import type { ReviewComment, User } from '@/payload-types'

import { useFormatTime } from '../../admin/formatTime'
import { useWorkflowText } from '../../admin/useWorkflowText'
import type { PanelData } from '../../admin/panel/types'
import type { Target } from '../../admin/panel/workflowApi'
import type { WorkflowStage } from '../../stages'
import { COMMENTABLE_STAGES } from '../rounds'
import { CommentForm } from './CommentForm'
import type { NewComment } from './commentsApi'
import { deleteComment, postComment, setResolved } from './commentsApi'
import { idOfValue } from './useReviewComments'

import './review-comments.scss'

type Props = {
  data: PanelData
  stage: WorkflowStage
  target: Target
  /** Null while they are read. */
  comments: null | ReviewComment[]
  reload: () => Promise<void>
  nameOf: (id: string) => string
}

/** Open first, then resolved; oldest first within each. */
const openFirst = (comments: ReviewComment[]) =>
  [...comments].sort((a, b) => Number(Boolean(a.resolved)) - Number(Boolean(b.resolved)))

/**
 * 审核意见 in the workflow panel: the current round's comments (open first) with 标为已解决 /
 * 重新打开 and 删除 where the server allows them, the form for a new one while the document is
 * under review, and the comments of earlier rounds, read-only.
 */
export const PanelComments = ({ data, stage, target, comments, reload, nameOf }: Props) => {
  const { t, i18n } = useWorkflowText()
  const formatTime = useFormatTime()
  const { user } = useAuth<User>()
  const myId = user ? String(user.id) : null
  const isResolver = Boolean(user?.roles?.some((role) => role === 'reviewer' || role === 'admin'))

  const fieldLabel = (name: string) => {
    const field = data.commentFields.find((candidate) => candidate.name === name.split('.')[0])
    return field ? getTranslation(field.label, i18n) : name
  }

  const settle = async (answer: { ok: boolean; message?: string }) => {
    if (!answer.ok) toast.error(answer.message || t('reviewComments:requestFailed'))
    await reload()
    return answer.ok
  }

  const add = async (comment: NewComment) => settle(await postComment(target, comment))

  const current = openFirst(
    (comments ?? []).filter((comment) => data.round !== null && comment.round === data.round),
  )
  const earlier = (comments ?? []).filter((comment) => !current.includes(comment))
  const openCount = current.filter((comment) => !comment.resolved).length

  const item = (comment: ReviewComment, isCurrent: boolean) => {
    const id = String(comment.id)
    const author = idOfValue(comment.author)
    const mayResolve =
      isCurrent && (isResolver || author === myId || idOfValue(comment.documentAuthor) === myId)
    const mayDelete = isCurrent && author === myId && !comment.resolved
    const resolvedBy = idOfValue(comment.resolvedBy)
    return (
      <li
        className={`kx-wf-comment${comment.resolved ? ' kx-wf-comment--resolved' : ''}`}
        data-comment-id={id}
        key={id}
      >
        <div className="kx-wf-comment__head">
          <strong>{author ? nameOf(author) : t('workflowAdmin:unknownUser')}</strong>
          {comment.fieldPath && (
            <span className="kx-wf-comment__field"> · {fieldLabel(comment.fieldPath)}</span>
          )}
        </div>
        <div className="kx-wf-panel__muted">
          <time dateTime={comment.createdAt} suppressHydrationWarning>
            {formatTime(comment.createdAt)}
          </time>
        </div>
        {comment.passage && (
          <blockquote className="kx-wf-comment__passage">{comment.passage}</blockquote>
        )}
        <p className="kx-wf-comment__body">{comment.body}</p>
        {(comment.mentions ?? []).length > 0 && (
          <div className="kx-wf-panel__muted">
            {(comment.mentions ?? [])
              .map((mention) => `@${nameOf(idOfValue(mention) ?? '')}`)
              .join(' ')}
          </div>
        )}
        {comment.resolved && resolvedBy && (
          <div className="kx-wf-panel__muted">
            {t('reviewComments:resolvedBy', { name: nameOf(resolvedBy) })}
          </div>
        )}
        {(mayResolve || mayDelete) && (
          <div className="kx-wf-comment__actions">
            {mayResolve && (
              <Button
                buttonStyle="secondary"
                margin={false}
                onClick={async () => void settle(await setResolved(target, id, !comment.resolved))}
                size="small"
              >
                {comment.resolved ? t('reviewComments:reopen') : t('reviewComments:resolve')}
              </Button>
            )}
            {mayDelete && (
              <Button
                buttonStyle="secondary"
                margin={false}
                onClick={async () => void settle(await deleteComment(target, id))}
                size="small"
              >
                {t('reviewComments:delete')}
              </Button>
            )}
          </div>
        )}
      </li>
    )
  }

  return (
    <div className="kx-wf-comments" id="kx-review-comments">
      <div className="kx-wf-panel__label">
        {t('reviewComments:title')}
        {openCount > 0 && (
          <span className="kx-wf-history__count">
            {' '}
            ({t('reviewComments:countOpen', { count: openCount })})
          </span>
        )}
      </div>
      {comments === null ? (
        <p className="kx-wf-panel__muted">{t('reviewComments:loading')}</p>
      ) : current.length === 0 ? (
        data.round !== null && <p className="kx-wf-panel__muted">{t('reviewComments:none')}</p>
      ) : (
        <ol className="kx-wf-comments__list">{current.map((comment) => item(comment, true))}</ol>
      )}
      {COMMENTABLE_STAGES.includes(stage) && (
        <CommentForm fields={data.commentFields} myId={myId} onAdd={add} staff={data.staff} />
      )}
      {earlier.length > 0 && (
        <details className="kx-wf-comments__earlier">
          <summary>{t('reviewComments:earlierRounds', { count: earlier.length })}</summary>
          <ol className="kx-wf-comments__list">{earlier.map((comment) => item(comment, false))}</ol>
        </details>
      )}
    </div>
  )
}
