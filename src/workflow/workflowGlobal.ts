import type { Access, GlobalConfig, GlobalSlug } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isStaffWritingDraft } from '@/access/isStaffWritingDraft'
import { publishedOrStaff } from '@/access/publishedOrStaff'

import { withWorkflowEditComponents, workflowAdminFields } from './admin/config'
import { workflowFields } from './fields'
import {
  applyGlobalWorkflowRules,
  guardGlobalWrites,
  neverGlobalDraftsForAnonymous,
  recordGlobalWorkflowEdit,
} from './hooks/globalHooks'

const NO_PUBLISH_BUTTON = '@/workflow/admin/document/NoPublishButton#NoPublishButton'

type DraftData = { _status?: unknown; workflowStage?: unknown } | undefined

/**
 * `isStaffWritingDraft` for a global. Payload's admin asks a global's update access with its
 * working copy as it is (a collection's with `_status: 'draft'`), so a published global would open
 * read-only for everyone: its live working copy is judged as the draft a save makes of it. The
 * admin's Publish question then gets the same answer, so its Publish and Unpublish buttons are
 * replaced by nothing; a write of `_status: 'published'` is refused by the write guard
 * (./hooks/globalHooks.ts) before access is asked.
 */
const isStaffWritingGlobalDraft: Access = (args) => {
  const data = args.data as DraftData
  const isLiveCopy = data?._status === 'published' && data.workflowStage === 'published'
  return isStaffWritingDraft(isLiveCopy ? { ...args, data: { ...data, _status: 'draft' } } : args)
}

export type WorkflowGlobalConfig<TSlug extends GlobalSlug> = Omit<
  GlobalConfig<TSlug>,
  'access' | 'versions'
>

/**
 * A public-facing global in the editorial workflow (docs/workflow.md#globals): drafts and
 * versions, staff save drafts only, anonymous readers get the published version only, and the
 * stage and `_status` change through `POST /api/workflow/globals/{slug}` alone, as a document's do.
 * Its slug must be listed in `WORKFLOW_GLOBAL_ENTRIES` (src/content/registry.ts).
 */
export const workflowGlobal = <TSlug extends GlobalSlug>(
  config: WorkflowGlobalConfig<TSlug>,
): GlobalConfig<TSlug> => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      elements: {
        ...config.admin?.components?.elements,
        ...withWorkflowEditComponents(undefined).edit,
        PublishButton: NO_PUBLISH_BUTTON,
        UnpublishButton: NO_PUBLISH_BUTTON,
      },
    },
  },
  access: {
    // A Where query: Payload reads a global's published row through it, so an anonymous reader
    // of a global never published gets `{}`.
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaffWritingGlobalDraft,
  },
  // https://payloadcms.com/docs/versions/drafts. Drafts are validated: a global is edited in
  // place, and its editors (admins, before it was under review) are told of a bad value when they
  // save it, not when a reviewer publishes.
  versions: { drafts: { validate: true } },
  hooks: {
    ...config.hooks,
    beforeOperation: [
      neverGlobalDraftsForAnonymous,
      guardGlobalWrites,
      ...(config.hooks?.beforeOperation ?? []),
    ],
    beforeChange: [applyGlobalWorkflowRules, ...(config.hooks?.beforeChange ?? [])],
    afterChange: [...(config.hooks?.afterChange ?? []), recordGlobalWorkflowEdit],
  },
  fields: [...workflowAdminFields(config.slug), ...config.fields, ...workflowFields(config.slug)],
  custom: { ...config.custom, workflow: true },
})
