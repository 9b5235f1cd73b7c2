import type { CollectionConfig, Config, Field } from 'payload'

import { REVIEW_QUEUE_PATH } from './queue/paths'

/**
 * Where the workflow's admin UI plugs into Payload. Components are named by path and resolved
 * through the generated import map (`npm run generate:importmap` after adding one).
 * https://payloadcms.com/docs/custom-components/overview
 */
const component = (file: string, name: string) => `@/workflow/admin/${file}#${name}`

type CollectionComponents = NonNullable<NonNullable<CollectionConfig['admin']>['components']>
type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/**
 * The banner above the fields and the panel at the top of the sidebar. `ui` fields: they store
 * nothing and add nothing to the API, types or GraphQL schema. New objects for each collection,
 * as Payload sanitizes field configs in place. `globalSlug` for a workflow global's edit view.
 */
export const workflowAdminFields = (globalSlug?: string): Field[] => [
  {
    name: 'workflowNotice',
    type: 'ui',
    // A field's server component is told the collection but not the global it is shown in.
    custom: globalSlug ? { workflowGlobal: globalSlug } : undefined,
    admin: {
      components: { Field: component('document/ReviewNotice', 'ReviewNotice') },
      disableListColumn: true,
    },
  },
  {
    name: 'workflowPanel',
    type: 'ui',
    custom: globalSlug ? { workflowGlobal: globalSlug } : undefined,
    admin: {
      position: 'sidebar',
      components: { Field: component('panel/WorkflowPanel', 'WorkflowPanel') },
      disableListColumn: true,
    },
  },
]

const notCompared = component('document/NotCompared', 'NotCompared')

/**
 * `workflowStage`: a coloured badge in list views; in the edit view the panel shows it. Left out
 * of the version comparison, which shows what changed in the content.
 */
export const stageFieldComponents = {
  Cell: component('StageBadge', 'StageCell'),
  Diff: notCompared,
  Field: component('document/HiddenInEditView', 'HiddenInEditView'),
}

/** The stored review state (`workflow` group): shown by the panel, not as raw inputs or a diff. */
export const reviewStateFieldComponents = {
  Diff: notCompared,
  Field: component('document/HiddenInEditView', 'HiddenInEditView'),
}

/**
 * The document controls: the stage instead of Payload's draft/published status, and no Save Draft
 * button for a user the workflow would refuse. Payload's Publish and Unpublish buttons are hidden
 * already, for everyone: `isStaffWritingDraft` denies `_status: 'published'`, and publishing goes
 * through the panel's 发布 (the workflow's `publish`), reviewers included.
 */
export const withWorkflowEditComponents = (
  components: CollectionComponents | undefined,
): CollectionComponents => ({
  ...components,
  edit: {
    ...components?.edit,
    SaveDraftButton: component('document/WorkflowSaveDraftButton', 'WorkflowSaveDraftButton'),
    Status: component('document/WorkflowStatus', 'WorkflowStatus'),
  },
})

/** The review queue view, its link in the navigation and the dashboard overview. */
export const workflowAdminComponents: AdminComponents = {
  afterNavLinks: [component('queue/ReviewQueueNavLink', 'ReviewQueueNavLink')],
  beforeDashboard: [component('queue/ReviewDashboardWidget', 'ReviewDashboardWidget')],
  views: {
    reviewQueue: {
      Component: component('queue/ReviewQueueView', 'ReviewQueueView'),
      path: REVIEW_QUEUE_PATH,
    },
  },
}
