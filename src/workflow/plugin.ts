import type { Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'

import { workflowAdminComponents } from './admin/config'
import { workflowStatusEndpoint, workflowTransitionEndpoint } from './endpoint'
import { workflowJobs } from './tasks'
import { WorkflowEvents } from './WorkflowEvents'
import { WorkflowSettings } from './WorkflowSettings'

/**
 * The editorial workflow's own parts: `POST`/`GET /api/workflow/{collection}/{id}`, the
 * hash-chained `workflow-events` history, the `workflow-settings` global, the jobs that publish
 * on schedule and send notifications, and the review queue in the admin. The collections in the
 * workflow are built with `workflowCollection` (./workflowCollection.ts) and listed in the
 * registry (src/content/registry.ts). First among the plugins: the others see its collections.
 */
export const editorialWorkflow = (): Plugin => (config) => {
  const withParts = addParts(config, {
    collections: [WorkflowEvents],
    globals: [WorkflowSettings],
    endpoints: [workflowTransitionEndpoint, workflowStatusEndpoint],
  })
  const jobs = workflowJobs()
  const components = config.admin?.components
  return {
    ...withParts,
    admin: {
      ...config.admin,
      components: {
        ...components,
        afterNavLinks: [
          ...(components?.afterNavLinks ?? []),
          ...(workflowAdminComponents.afterNavLinks ?? []),
        ],
        beforeDashboard: [
          ...(components?.beforeDashboard ?? []),
          ...(workflowAdminComponents.beforeDashboard ?? []),
        ],
        views: { ...components?.views, ...workflowAdminComponents.views },
      },
    },
    jobs: {
      ...jobs,
      ...config.jobs,
      tasks: [...(jobs.tasks ?? []), ...(config.jobs?.tasks ?? [])],
    },
  }
}
