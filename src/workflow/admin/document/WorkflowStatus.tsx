'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { StageBadge } from '../StageBadge'
import { useWorkflowText } from '../useWorkflowText'
import { useEditDecision } from './useEditDecision'

/**
 * Replaces Payload's draft/published status in the document controls with the workflow stage.
 * Payload's own has a "revert to published" action, which writes `_status: 'published'` and so is
 * refused by the workflow (src/workflow/hooks/guardWrites.ts).
 */
export const WorkflowStatus = () => {
  const { t } = useWorkflowText()
  const { hasPublishedDoc } = useDocumentInfo()
  const { stage } = useEditDecision()
  return (
    <div className="status kx-wf-status">
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <StageBadge stage={stage} />
        {hasPublishedDoc && stage !== 'published' && stage !== 'archived' && (
          <span className="kx-wf-status__live">{t('workflowAdmin:liveVersion')}</span>
        )}
      </div>
    </div>
  )
}
