import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'

import { deriveFromRegistry } from '@/content/registry'
import { kexieT } from '@/i18n/t'

import type { WorkflowCollectionSlug } from './stages'
import { DEFAULT_REVIEW_LEVELS, MAX_REVIEW_LEVELS } from './stages'

/** The `workflow-settings` field holding each collection's number of review levels. */
export const reviewLevelFields = {} as Record<WorkflowCollectionSlug, string>

deriveFromRegistry((entry) => {
  reviewLevelFields[entry.slug as WorkflowCollectionSlug] = entry.settingsField
})

const clampLevels = (value: unknown, fallback: number): number => {
  const levels = typeof value === 'number' && Number.isInteger(value) ? value : fallback
  return Math.min(MAX_REVIEW_LEVELS, Math.max(1, levels))
}

/** How many different reviewers must approve a submission to `collection` now. */
export const requiredApprovalsFor = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
): Promise<number> => {
  // Access skipped: the rules apply whoever acts, and the scheduler acts without a user.
  const settings = await req.payload.findGlobal({
    slug: 'workflow-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const levels = (settings.reviewLevels as Record<string, unknown> | undefined)?.[
    reviewLevelFields[collection]
  ]
  return clampLevels(levels, DEFAULT_REVIEW_LEVELS[collection])
}

/** 1, 2 or 3: a number of reviewers is whole. */
export const validateReviewLevels: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  if (Number.isInteger(value) && value >= 1 && value <= MAX_REVIEW_LEVELS) return true
  return kexieT(req)('kexie:outOfRange', { min: 1, max: MAX_REVIEW_LEVELS })
}
