import type { CollectionSlug } from 'payload'

/** The stages of ARCHITECTURE.md "Workflow"; their values are API (REST, GraphQL enums, filters). */
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
 * reviewer's correction during review, the first edit of a published document).
 */
export const RECORDED_ACTIONS = [...WORKFLOW_ACTIONS, 'edit'] as const

export type RecordedAction = (typeof RECORDED_ACTIONS)[number]

export const WORKFLOW_COLLECTIONS = [
  'articles',
  'events',
  'science-education-bases',
  'volunteer-teams',
  'awards',
  'award-recipients',
] as const satisfies readonly CollectionSlug[]

export type WorkflowCollectionSlug = (typeof WORKFLOW_COLLECTIONS)[number]

export const isWorkflowCollection = (slug: unknown): slug is WorkflowCollectionSlug =>
  (WORKFLOW_COLLECTIONS as readonly unknown[]).includes(slug)

/** 发布批次: reviewed and published as one, through the same workflow as a document. */
export const RELEASES = 'releases' as const

/** Everything `POST /api/workflow/{collection}/{id}` moves: the content collections and releases. */
export const WORKFLOW_TARGETS = [...WORKFLOW_COLLECTIONS, RELEASES] as const

export type WorkflowTargetSlug = (typeof WORKFLOW_TARGETS)[number]

export const isWorkflowTarget = (slug: unknown): slug is WorkflowTargetSlug =>
  (WORKFLOW_TARGETS as readonly unknown[]).includes(slug)

export const isWorkflowAction = (action: unknown): action is WorkflowAction =>
  (WORKFLOW_ACTIONS as readonly unknown[]).includes(action)

type Label = { zh: string; en: string }

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
}

export const collectionLabels: Record<WorkflowTargetSlug, Label> = {
  articles: { zh: '新闻', en: 'Articles' },
  events: { zh: '活动', en: 'Events' },
  'science-education-bases': { zh: '科普教育基地', en: 'Science education bases' },
  'volunteer-teams': { zh: '科技志愿服务队', en: 'Volunteer teams' },
  awards: { zh: '奖项', en: 'Awards' },
  'award-recipients': { zh: '获奖者', en: 'Award recipients' },
  releases: { zh: '发布批次', en: 'Releases' },
}

/** Approvals a submission needs when the `workflow-settings` global says nothing (三审 for news). */
export const DEFAULT_REVIEW_LEVELS: Record<WorkflowCollectionSlug, number> = {
  articles: 2,
  events: 1,
  'science-education-bases': 1,
  'volunteer-teams': 1,
  awards: 1,
  'award-recipients': 1,
}

export const MAX_REVIEW_LEVELS = 3
