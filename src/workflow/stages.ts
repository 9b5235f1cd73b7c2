import type { BuiltInWorkflowSlug, Label, WorkflowGlobalSlug } from '@/content/registry'
import { deriveFromRegistry, globalEntryOf, WORKFLOW_GLOBAL_ENTRIES } from '@/content/registry'

/** The stages of docs/workflow.md; their values are API (REST, GraphQL enums, filters). */
export const WORKFLOW_STAGES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const

export type WorkflowStage = (typeof WORKFLOW_STAGES)[number]

export const isWorkflowStage = (value: unknown): value is WorkflowStage =>
  (WORKFLOW_STAGES as readonly unknown[]).includes(value)

/** What a client may ask for at `POST /api/workflow/{collection}/{id}`: the contract plus `restore`. */
export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'publish',
  'unpublish',
  'archive',
  'restore',
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/**
 * What the history records: every action, plus `edit` for the saves that matter to a review (a
 * reviewer's correction during review, the first edit of a published document), and the public
 * notice of award rosters (docs/rosters.md#public-notice): a recipient withdrawn from the notice
 * (an `archive` recorded with its reason) and one confirmed when the notice ends.
 */
export const RECORDED_ACTIONS = [
  ...WORKFLOW_ACTIONS,
  'edit',
  'withdraw_from_notice',
  'confirm_notice',
] as const

export type RecordedAction = (typeof RECORDED_ACTIONS)[number]

/**
 * What `GET /api/workflow/{collection}/{id}` may offer in `actions`: the workflow's own actions
 * and those a feature adds (src/workflow/featureActions.ts), such as the public notice's
 * `withdraw_from_notice` on award recipients.
 */
export type OfferedAction = WorkflowAction | 'withdraw_from_notice'

/** Recorded actions that are a workflow action under another name: replayed as that action. */
export const RECORDED_AS: Partial<Record<RecordedAction, WorkflowAction>> = {
  withdraw_from_notice: 'archive',
}

/**
 * The collections in the editorial workflow: derived from the registry (src/content/registry.ts),
 * and kept in step with collections registered later.
 */
export const WORKFLOW_COLLECTIONS: readonly WorkflowCollectionSlug[] = []

/** A workflow collection's slug, as the compiled types know them (the registry's built-ins). */
export type WorkflowCollectionSlug = BuiltInWorkflowSlug

export const isWorkflowCollection = (slug: unknown): slug is WorkflowCollectionSlug =>
  (WORKFLOW_COLLECTIONS as readonly unknown[]).includes(slug)

/** 发布批次: reviewed and published as one, through the same workflow as a document. */
export const RELEASES = 'releases' as const

/**
 * The workflow's name for the site globals under review, as Payload's own REST addresses them
 * (`/api/globals/{slug}`): `POST /api/workflow/globals/{slug}`, history records with
 * `documentCollection: "globals"` and `documentId` the global's slug, and announcements
 * `{ collection: "globals", id: slug }`.
 */
export const GLOBALS = 'globals' as const

export type { WorkflowGlobalSlug }

/** The globals in the workflow (src/content/registry.ts). */
export const WORKFLOW_GLOBALS: readonly WorkflowGlobalSlug[] = WORKFLOW_GLOBAL_ENTRIES.map(
  ({ slug }) => slug,
)

export const isWorkflowGlobal = (slug: unknown): slug is WorkflowGlobalSlug =>
  globalEntryOf(slug) !== undefined

export type WorkflowTargetSlug = WorkflowCollectionSlug | typeof RELEASES | typeof GLOBALS

/**
 * Everything `POST /api/workflow/{collection}/{id}` moves: the workflow collections (kept in step
 * with the registry, below), releases and the workflow globals.
 */
export const WORKFLOW_TARGETS: readonly WorkflowTargetSlug[] = [RELEASES, GLOBALS]

export const isWorkflowTarget = (slug: unknown): slug is WorkflowTargetSlug =>
  slug === RELEASES || slug === GLOBALS || isWorkflowCollection(slug)

export const isWorkflowAction = (action: unknown): action is WorkflowAction =>
  (WORKFLOW_ACTIONS as readonly unknown[]).includes(action)

export const stageLabels: Record<WorkflowStage, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '审核中', en: 'In review' },
  changes_requested: { zh: '退回修改', en: 'Changes requested' },
  approved: { zh: '已通过', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已归档', en: 'Archived' },
}

export const actionLabels: Record<RecordedAction, Label> = {
  submit: { zh: '提交审核', en: 'Submit' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  approve: { zh: '通过', en: 'Approve' },
  request_changes: { zh: '退回修改', en: 'Request changes' },
  publish: { zh: '发布', en: 'Publish' },
  unpublish: { zh: '下线', en: 'Unpublish' },
  archive: { zh: '归档', en: 'Archive' },
  restore: { zh: '恢复', en: 'Restore' },
  edit: { zh: '修改', en: 'Edit' },
  withdraw_from_notice: { zh: '公示撤销', en: 'Withdrawn from notice' },
  confirm_notice: { zh: '公示期满确认', en: 'Confirmed after notice' },
}

/**
 * A button's words where they differ from the history's: the history records that a recipient
 * was 公示撤销 (withdrawn from the notice); the button asks to 撤销公示.
 */
export const actionButtonLabels: Partial<Record<OfferedAction, Label>> = {
  withdraw_from_notice: { zh: '撤销公示', en: 'Withdraw from notice' },
}

export const collectionLabels = {
  releases: { zh: '发布批次', en: 'Releases' },
  globals: { zh: '全局内容', en: 'Globals' },
} as Record<WorkflowTargetSlug, Label>

/** Approvals a submission needs when the `workflow-settings` global says nothing (三审 for news). */
export const DEFAULT_REVIEW_LEVELS = {} as Record<WorkflowCollectionSlug, number>

deriveFromRegistry((entry) => {
  const slug = entry.slug as WorkflowCollectionSlug
  ;(WORKFLOW_COLLECTIONS as WorkflowCollectionSlug[]).push(slug)
  ;(WORKFLOW_TARGETS as WorkflowTargetSlug[]).push(slug)
  collectionLabels[slug] = entry.labels
  DEFAULT_REVIEW_LEVELS[slug] = entry.reviewLevels
})

export const MAX_REVIEW_LEVELS = 3
