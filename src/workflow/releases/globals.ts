import type { Field } from 'payload'

import { WORKFLOW_GLOBAL_ENTRIES } from '@/content/registry'

import { isWorkflowGlobal } from '../stages'

/**
 * Releases may carry the drafts of workflow globals (the homepage featuring the winners ships
 * with the winners). `items` is a relationship and cannot point at a global, so a release has a
 * second list, `globals` (the slugs), published after its items in the same transaction. Inside
 * the release code a global is the item `{ collection: "globals", id: slug }`.
 */
export const RELEASE_GLOBALS_FIELD = 'globals'

export const releaseGlobalsField = (): Field => ({
  name: RELEASE_GLOBALS_FIELD,
  type: 'select',
  hasMany: true,
  label: { zh: '全局内容', en: 'Globals' },
  options: WORKFLOW_GLOBAL_ENTRIES.map(({ slug, labels }) => ({ value: slug, label: labels })),
  admin: {
    description: {
      zh: '随批次发布其草稿（在稿件之后）。同时只能属于一个未发布的批次。',
      en: 'Their drafts are published with the release (after the items). At most one open release each.',
    },
  },
})

/** The workflow globals a release names, in order, without unknown values. */
export const releaseGlobalsOf = (doc: unknown): string[] => {
  const value = (doc as null | { globals?: unknown } | undefined)?.globals
  return (Array.isArray(value) ? value : []).filter(isWorkflowGlobal)
}
