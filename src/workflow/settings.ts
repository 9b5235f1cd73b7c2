import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'

import { deriveFromRegistry, globalEntryOf, WORKFLOW_GLOBAL_ENTRIES } from '@/content/registry'
import { kexieT } from '@/i18n/t'

import type { WorkflowCollectionSlug, WorkflowTargetSlug } from './stages'
import { DEFAULT_REVIEW_LEVELS, GLOBALS, MAX_REVIEW_LEVELS, RELEASES } from './stages'

/** The `workflow-settings` field holding each collection's number of review levels. */
export const reviewLevelFields = {} as Record<WorkflowCollectionSlug, string>

deriveFromRegistry((entry) => {
  reviewLevelFields[entry.slug as WorkflowCollectionSlug] = entry.settingsField
})

const clampLevels = (value: unknown, fallback: number): number => {
  const levels = typeof value === 'number' && Number.isInteger(value) ? value : fallback
  return Math.min(MAX_REVIEW_LEVELS, Math.max(1, levels))
}

type ItemsHolder = { id?: unknown; items?: unknown; globals?: unknown; [field: string]: unknown }

const itemCollectionsOf = (doc: ItemsHolder | undefined): WorkflowCollectionSlug[] => {
  const items = Array.isArray(doc?.items) ? (doc.items as { relationTo?: unknown }[]) : []
  return items.flatMap(({ relationTo }) =>
    typeof relationTo === 'string' && relationTo in reviewLevelFields
      ? [relationTo as WorkflowCollectionSlug]
      : [],
  )
}

/** The `workflow-settings` fields of the workflow globals a release (`globals`) carries. */
const itemGlobalsOf = (doc: ItemsHolder | undefined): string[] =>
  (Array.isArray(doc?.globals) ? (doc.globals as unknown[]) : []).flatMap((slug) => {
    const entry = globalEntryOf(slug)
    return entry ? [entry.slug] : []
  })

/** The `workflow-settings` field holding each workflow global's review levels. */
export const globalReviewLevelFields = Object.fromEntries(
  WORKFLOW_GLOBAL_ENTRIES.map((entry) => [entry.slug, entry.settingsField]),
) as Record<string, string>

/** How many reviewers a submission needs, by target; `doc` as for `requiredApprovalsFor`. */
export type ApprovalRule = (collection: WorkflowTargetSlug, doc?: ItemsHolder) => number

/**
 * The review levels as `workflow-settings` sets them now, read once: for a caller that asks for
 * many documents (the review queue, the edit view's panel), one read of the global instead of one
 * per document.
 */
export const approvalRule = async (req: PayloadRequest): Promise<ApprovalRule> => {
  // Access skipped: the rules apply whoever acts, and the scheduler acts without a user.
  const settings = await req.payload.findGlobal({
    slug: 'workflow-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const configured = settings.reviewLevels as Record<string, unknown> | undefined
  const levelsOf = (slug: WorkflowCollectionSlug) =>
    clampLevels(configured?.[reviewLevelFields[slug]], DEFAULT_REVIEW_LEVELS[slug])
  const levelsOfGlobal = (slug: string) =>
    clampLevels(configured?.[globalReviewLevelFields[slug]], globalEntryOf(slug)?.reviewLevels ?? 1)
  return (collection, doc) => {
    // A global is addressed by its slug (`doc.id`).
    if (collection === GLOBALS) return levelsOfGlobal(String(doc?.id ?? ''))
    if (collection !== RELEASES) return levelsOf(collection)
    const own = configured?.releases
    return Math.max(
      typeof own === 'number' ? clampLevels(own, 1) : 1,
      ...itemCollectionsOf(doc).map(levelsOf),
      ...itemGlobalsOf(doc).map(levelsOfGlobal),
    )
  }
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
): Promise<number> => (await approvalRule(req))(collection, doc)

/** 1, 2 or 3: a number of reviewers is whole. */
export const validateReviewLevels: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  if (Number.isInteger(value) && value >= 1 && value <= MAX_REVIEW_LEVELS) return true
  return kexieT(req)('kexie:outOfRange', { min: 1, max: MAX_REVIEW_LEVELS })
}
