import type { UIFieldServerProps } from 'payload'

import type { WorkflowTargetSlug } from '../stages'
import { GLOBALS, isWorkflowGlobal, isWorkflowTarget } from '../stages'

/**
 * What a workflow `ui` field is shown on: a document (`collectionSlug`, `id`), or a workflow
 * global, which its field config names (`custom.workflowGlobal`, see `workflowAdminFields`) and
 * the workflow addresses as `globals/{slug}`. Null elsewhere; `id` empty for a document not yet
 * saved.
 */
export const panelTarget = ({
  collectionSlug,
  field,
  id,
}: Pick<UIFieldServerProps, 'collectionSlug' | 'field' | 'id'>): null | {
  collection: WorkflowTargetSlug
  id: string
} => {
  const globalSlug = (field as { custom?: { workflowGlobal?: unknown } }).custom?.workflowGlobal
  if (isWorkflowGlobal(globalSlug)) return { collection: GLOBALS, id: globalSlug }
  if (!isWorkflowTarget(collectionSlug)) return null
  return { collection: collectionSlug, id: id === undefined || id === null ? '' : String(id) }
}
