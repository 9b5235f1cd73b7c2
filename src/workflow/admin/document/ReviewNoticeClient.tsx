'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { RELEASES } from '../../stages'
import { useFormatTime } from '../formatTime'
import { useWorkflowText } from '../useWorkflowText'
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
  if (!decision.ok) {
    if (decision.reason === 'editArchived') {
      return { tone: 'warning', text: t('workflowAdmin:lockedArchived') }
    }
    return {
      tone: 'warning',
      text:
        stage === 'approved'
          ? t('workflowAdmin:lockedApproved')
          : t('workflowAdmin:lockedInReview'),
    }
  }
  if (stage === 'in_review' || stage === 'approved') {
    // A release's review covers its items: a correction voids the whole batch's approvals.
    return {
      tone: 'info',
      text:
        collectionSlug === RELEASES
          ? t('workflowAdmin:reviewerEditingRelease')
          : t('workflowAdmin:reviewerEditing'),
    }
  }
  if (stage === 'published') return { tone: 'info', text: t('workflowAdmin:editingPublished') }
  if (stage === 'changes_requested') {
    return {
      tone: 'warning',
      text: t('workflowAdmin:changesRequested'),
      detail: changeRequest
        ? t('workflowAdmin:changeRequestBy', {
            comment: changeRequest.comment,
            name: changeRequest.actorName ?? t('workflowAdmin:systemActor'),
            time: formatTime(changeRequest.occurredAt),
          })
        : undefined,
    }
  }
  return null
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
