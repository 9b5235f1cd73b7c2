'use client'
import { SaveDraftButton } from '@payloadcms/ui'
import React from 'react'

import { useEditDecision } from './useEditDecision'

/**
 * Payload's Save Draft button, left out while the user may not change the document (an editor's
 * submission under review, anything archived): the save would only be refused.
 */
export const WorkflowSaveDraftButton = () => {
  const { decision } = useEditDecision()
  if (decision && !decision.ok) return null
  return <SaveDraftButton />
}
