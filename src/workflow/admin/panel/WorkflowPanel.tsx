import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { panelTarget } from '../target'
import { NewDocumentPanel } from './NewDocumentPanel'
import { loadPanelData } from './loadPanelData'
import { WorkflowPanelClient } from './WorkflowPanelClient'

/**
 * The workflow panel at the top of the edit view's sidebar (a `ui` field, so it adds nothing to
 * the schema). Rendered on the server with the logged-in user, so the buttons it offers are the
 * state machine's `availableActions`, the same rules the endpoint applies.
 */
export const WorkflowPanel = async ({ collectionSlug, field, id, req }: UIFieldServerProps) => {
  const target = panelTarget({ collectionSlug, field, id })
  if (!target) return null
  if (target.id === '') return <NewDocumentPanel />
  const data = await loadPanelData(req, target.collection, target.id)
  if (!data) return null
  // A new key after every transition: the refreshed page brings fresh data, not stale state.
  const key = `${data.status.stage}:${data.status.revision}`
  return <WorkflowPanelClient data={data} key={key} />
}
