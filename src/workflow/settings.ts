import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'

import { kexieT } from '@/i18n/t'

import type { WorkflowCollectionSlug, WorkflowTargetSlug } from './stages'
import { DEFAULT_REVIEW_LEVELS, MAX_REVIEW_LEVELS, RELEASES } from './stages'

/** The `workflow-settings` field holding each collection's number of review levels. */
export const reviewLevelFields = {
  articles: 'articles',
  events: 'events',
  'science-education-bases': 'scienceEducationBases',
  'volunteer-teams': 'volunteerTeams',
  awards: 'awards',
  'award-recipients': 'awardRecipients',
} as const satisfies Record<WorkflowCollectionSlug, string>

const clampLevels = (value: unknown, fallback: number): number => {
  const levels = typeof value === 'number' && Number.isInteger(value) ? value : fallback
  return Math.min(MAX_REVIEW_LEVELS, Math.max(1, levels))
}

type ItemsHolder = { items?: unknown; [field: string]: unknown }

const itemCollectionsOf = (doc: ItemsHolder | undefined): WorkflowCollectionSlug[] => {
  const items = Array.isArray(doc?.items) ? (doc.items as { relationTo?: unknown }[]) : []
  return items.flatMap(({ relationTo }) =>
    typeof relationTo === 'string' && relationTo in reviewLevelFields
      ? [relationTo as WorkflowCollectionSlug]
      : [],
  )
}

/**
 * How many different reviewers must approve a submission to `collection` now. A release (`doc`
 * gives its items) needs the most any of its items' collections needs, or the number set for
 * releases when that is higher: publishing in a batch is never a way around a review level.
 */
export const requiredApprovalsFor = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  doc?: ItemsHolder,
): Promise<number> => {
  // Access skipped: the rules apply whoever acts, and the scheduler acts without a user.
  const settings = await req.payload.findGlobal({
    slug: 'workflow-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const levelsOf = (slug: WorkflowCollectionSlug) =>
    clampLevels(settings.reviewLevels?.[reviewLevelFields[slug]], DEFAULT_REVIEW_LEVELS[slug])
  if (collection !== RELEASES) return levelsOf(collection)
  const own = settings.reviewLevels?.releases
  return Math.max(
    typeof own === 'number' ? clampLevels(own, 1) : 1,
    ...itemCollectionsOf(doc).map(levelsOf),
  )
}

/** 1, 2 or 3: a number of reviewers is whole. */
export const validateReviewLevels: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  if (Number.isInteger(value) && value >= 1 && value <= MAX_REVIEW_LEVELS) return true
  return kexieT(req)('kexie:outOfRange', { min: 1, max: MAX_REVIEW_LEVELS })
}
