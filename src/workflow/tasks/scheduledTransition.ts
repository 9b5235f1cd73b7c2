import type { TaskConfig } from 'payload'

import { WorkflowError } from '../errors'
import { SCHEDULED_TRANSITION_TASK } from '../schedule'
import { isWorkflowTarget } from '../stages'
import { performTransition } from '../transition'

/**
 * Publishes or takes down a document at the time a reviewer chose, through the same transition as
 * the endpoint (state machine, history, notifications). A schedule that no longer applies
 * (withdrawn, rescheduled, deleted) completes without doing anything.
 */
export const scheduledTransitionTask: TaskConfig<typeof SCHEDULED_TRANSITION_TASK> = {
  slug: SCHEDULED_TRANSITION_TASK,
  label: '定时发布与下线',
  retries: 2,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'action', type: 'select', options: ['publish', 'unpublish'], required: true },
    { name: 'at', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const { collection, documentId, action, at } = input
    if (!isWorkflowTarget(collection)) return { output: {} }
    try {
      await performTransition(
        req,
        { kind: 'scheduler' },
        { collection, id: documentId, action, scheduledFor: new Date(at).toISOString() },
      )
    } catch (error) {
      if (error instanceof WorkflowError && (error.status === 404 || error.status === 409)) {
        req.payload.logger.info({
          msg: `workflow: scheduled ${action} skipped`,
          collection,
          documentId,
          reason: error.reason,
        })
        return { output: {} }
      }
      throw error
    }
    return { output: {} }
  },
}
