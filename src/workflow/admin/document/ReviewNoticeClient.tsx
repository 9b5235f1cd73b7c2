'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { useFormatTime } from '../formatTime'
import { useWorkflowText } from '../useWorkflowText'
import { reviewNoticeOf } from './reviewNotice'
import { useEditDecision } from './useEditDecision'

import '../workflow-admin.scss'

export type ChangeRequest = { comment: string; actorName: null | string; occurredAt: string }

type Notice = { tone: 'info' | 'warning'; text: string; detail?: string }

/** The banner's text for the document's stage and this user's right to edit it. */
const useNotice = (changeRequest: ChangeRequest | null): Notice | null => {
  const { t } = useWorkflowText()
  const formatTime = useFormatTime()
  const { stage, decision } = useEditDecision()
  const { collectionSlug } = useDocumentInfo()
  if (!decision) return null
  const notice = reviewNoticeOf({ collection: collectionSlug, stage, decision })
  if (!notice) return null
  const isChangeRequest = notice.key === 'workflowAdmin:changesRequested' && changeRequest
  return {
    tone: notice.tone,
    text: t(notice.key),
    detail: isChangeRequest
      ? t('workflowAdmin:changeRequestBy', {
          comment: changeRequest.comment,
          name: changeRequest.actorName ?? t('workflowAdmin:systemActor'),
          time: formatTime(changeRequest.occurredAt),
        })
      : undefined,
  }
}

export const ReviewNoticeClient = ({ changeRequest }: { changeRequest: ChangeRequest | null }) => {
  const notice = useNotice(changeRequest)
  if (!notice) return null
  return (
    <div className={`kx-wf-notice kx-wf-notice--${notice.tone}`} role="status">
      <p className="kx-wf-notice__text">{notice.text}</p>
      {notice.detail && (
        <p className="kx-wf-notice__detail" suppressHydrationWarning>
          {notice.detail}
        </p>
      )}
    </div>
  )
}
