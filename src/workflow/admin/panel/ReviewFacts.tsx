'use client'
import React from 'react'

import { useFormatTime } from '../formatTime'
import { useWorkflowText } from '../useWorkflowText'
import type { PanelData, PanelStatus } from './types'

type Props = {
  data: PanelData
  status: PanelStatus
  /** In review or approved: a submission is under way. */
  isInRound: boolean
  nameOf: (id: string) => string
}

/** Who submitted, to whom, who wrote it, and what is scheduled. */
export const ReviewFacts = ({ data, status, isInRound, nameOf }: Props) => {
  const { t } = useWorkflowText()
  const formatTime = useFormatTime()
  return (
    <dl className="kx-wf-facts">
      {isInRound && data.submittedBy && (
        <>
          <dt>{t('workflowAdmin:submittedBy')}</dt>
          <dd suppressHydrationWarning>
            {nameOf(data.submittedBy)}
            {data.submittedAt ? ` · ${formatTime(data.submittedAt)}` : ''}
          </dd>
        </>
      )}
      {isInRound && (
        <>
          <dt>{t('workflowAdmin:assignee')}</dt>
          <dd>{data.assignee ? nameOf(data.assignee) : t('workflowAdmin:assigneeAnyone')}</dd>
        </>
      )}
      {data.author && (
        <>
          <dt>{t('workflowAdmin:author')}</dt>
          <dd>{nameOf(data.author)}</dd>
        </>
      )}
      {status.publishAt && (
        <>
          <dt>{t('workflowAdmin:publishAt')}</dt>
          <dd suppressHydrationWarning>{formatTime(status.publishAt)}</dd>
        </>
      )}
      {status.unpublishAt && (
        <>
          <dt>{t('workflowAdmin:unpublishAt')}</dt>
          <dd suppressHydrationWarning>{formatTime(status.unpublishAt)}</dd>
        </>
      )}
    </dl>
  )
}
