'use client'
import React from 'react'

import { StageBadge } from '../StageBadge'
import { useWorkflowText } from '../useWorkflowText'

/** A document not yet saved is a draft; its review starts once it exists. */
export const NewDocumentPanel = () => {
  const { t } = useWorkflowText()
  return (
    <div className="kx-wf-panel">
      <div className="kx-wf-panel__label">{t('workflowAdmin:panelTitle')}</div>
      <div className="kx-wf-panel__stage">
        <StageBadge stage="draft" />
      </div>
      <p className="kx-wf-panel__muted">{t('workflowAdmin:newDocument')}</p>
    </div>
  )
}
