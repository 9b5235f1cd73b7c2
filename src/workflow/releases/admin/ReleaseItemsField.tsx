import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { ReleaseItemsTable } from './ReleaseItemsTable'

/**
 * The items table of a release's edit view. Rendered on the server so that the page's refresh
 * after a workflow action (the panel's) gives the table a new key: it then asks for the items'
 * stages again.
 */
export const ReleaseItemsField = ({ data }: UIFieldServerProps) => {
  const key = `${String(data?.workflowStage ?? '')}:${String(data?.updatedAt ?? '')}`
  return <ReleaseItemsTable key={key} />
}
