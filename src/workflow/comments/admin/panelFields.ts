import type { PayloadRequest } from 'payload'

import type { WorkflowTargetSlug } from '../../stages'
import { GLOBALS } from '../../stages'

/** A field a comment may point at, as the panel's picker offers it. */
export type CommentableField = { name: string; label: Record<string, string> | string }

/** The workflow's own bookkeeping and the panel itself: nothing a reviewer comments on. */
const NOT_COMMENTABLE = new Set(['workflowStage', 'workflow', '_status', 'id'])

/**
 * The document's own top-level fields with their labels (inside tabs and rows too), for the
 * comment form's field picker. Labels that are functions stay behind: the picker shows the name.
 */
export const commentableFields = (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
): CommentableField[] => {
  const config =
    collection === GLOBALS
      ? req.payload.config.globals.find((global) => global.slug === id)
      : req.payload.collections[collection]?.config
  return (config?.flattenedFields ?? []).flatMap((field) => {
    if (NOT_COMMENTABLE.has(field.name) || field.admin?.hidden) return []
    if (field.type === 'join') return []
    const { label } = field as { label?: unknown }
    const isPlain = typeof label === 'string' || (typeof label === 'object' && label !== null)
    return [
      { name: field.name, label: isPlain ? (label as CommentableField['label']) : field.name },
    ]
  })
}
