import type { CollectionConfig, CollectionSlug } from 'payload'

import { isReviewerOrAdmin } from '@/access/isReviewerOrAdmin'
import { isStaff } from '@/access/isStaff'
import { isStaffWritingDraft } from '@/access/isStaffWritingDraft'
import { publishedOrStaff } from '@/access/publishedOrStaff'

import { withWorkflowEditComponents, workflowAdminFields } from './admin/config'
import { workflowFields } from './fields'
import { applyWorkflowRules } from './hooks/applyEditRules'
import { guardWorkflowWrites, neverDraftsForAnonymous } from './hooks/guardWrites'
import { recordWorkflowEdit } from './hooks/recordEdit'

export type WorkflowCollectionConfig<TSlug extends CollectionSlug> = Omit<
  CollectionConfig<TSlug>,
  'access' | 'versions'
>

type OperationHooks<TSlug extends CollectionSlug> = NonNullable<
  NonNullable<CollectionConfig<TSlug>['hooks']>['beforeOperation']
>

// Written once for all six collections, so typed for any slug; Payload's per-slug hook type
// cannot be satisfied by a hook generic over the slug.
const sharedOperationHooks = [neverDraftsForAnonymous, guardWorkflowWrites] as unknown

/** Puts the stage column before `_status` (or last), so every list shows where a document is. */
const withStageColumn = (columns: string[] | undefined): string[] | undefined => {
  if (!columns || columns.includes('workflowStage')) return columns
  const at = columns.indexOf('_status')
  return at === -1
    ? [...columns, 'workflowStage']
    : [...columns.slice(0, at), 'workflowStage', ...columns.slice(at)]
}

/**
 * Every collection in the editorial workflow (docs/workflow.md) is built through here, so what
 * they share is decided once: drafts and versions, who may read, write and delete, and the review
 * workflow (`workflowStage`, the hooks that hold every write path to the state machine).
 */
export const workflowCollection = <TSlug extends CollectionSlug>(
  config: WorkflowCollectionConfig<TSlug>,
): CollectionConfig<TSlug> => ({
  ...config,
  admin: {
    ...config.admin,
    defaultColumns: withStageColumn(config.admin?.defaultColumns),
    components: withWorkflowEditComponents(config.admin?.components),
  },
  access: {
    read: publishedOrStaff,
    // Versions hold drafts and past wording: staff only, whatever `read` allows.
    readVersions: isStaff,
    create: isStaffWritingDraft,
    update: isStaffWritingDraft,
    delete: isReviewerOrAdmin,
  },
  // https://payloadcms.com/docs/versions/drafts
  versions: { drafts: true },
  // The list view's bulk Edit, Publish and Unpublish would save many documents past their review
  // (publishing is refused anyway); each document goes through the workflow on its own. Bulk
  // delete stays for reviewers.
  disableBulkEdit: true,
  hooks: {
    ...config.hooks,
    beforeOperation: [
      ...(sharedOperationHooks as OperationHooks<TSlug>),
      ...(config.hooks?.beforeOperation ?? []),
    ],
    beforeChange: [applyWorkflowRules, ...(config.hooks?.beforeChange ?? [])],
    afterChange: [...(config.hooks?.afterChange ?? []), recordWorkflowEdit],
  },
  fields: [...workflowAdminFields(), ...config.fields, ...workflowFields(config.slug)],
  custom: { ...config.custom, workflow: true },
})
