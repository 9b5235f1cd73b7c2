import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { isWorkflowTarget } from '../../stages'
import { NewDocumentPanel } from './NewDocumentPanel'
import { loadPanelData } from './loadPanelData'
import { WorkflowPanelClient } from './WorkflowPanelClient'

/**
 * The workflow panel at the top of the edit view's sidebar (a `ui` field, so it adds nothing to
 * the schema). Rendered on the server with the logged-in user, so the buttons it offers are the
 * state machine's `availableActions`, the same rules the endpoint applies.
 */
export const WorkflowPanel = async ({ collectionSlug, id, req }: UIFieldServerProps) => {
  if (!isWorkflowTarget(collectionSlug)) return null
  if (id === undefined || id === null || id === '') return <NewDocumentPanel />
  const data = await loadPanelData(req, collectionSlug, String(id))
  if (!data) return null
  // A new key after every transition: the refreshed page brings fresh data, not stale state.
  const key = `${data.status.stage}:${data.status.revision}`
  return <WorkflowPanelClient data={data} key={key} />
}
