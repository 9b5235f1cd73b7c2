import type { PayloadRequest } from 'payload'

import type { ReviewState, Transition } from './stateMachine'
import type { WorkflowTargetSlug } from './stages'

export const SCHEDULED_TRANSITION_TASK = 'workflowScheduledTransition'

/**
 * Queues the jobs that publish or take down a document at the time a reviewer chose. A job does
 * not carry the decision: when it runs it asks the state machine, which refuses unless the
 * document still has that very schedule (a withdrawn or rescheduled document is left alone).
 */
export const queueScheduledTransitions = async (
  req: PayloadRequest,
  target: { collection: WorkflowTargetSlug; id: string },
  before: Pick<ReviewState, 'publishAt' | 'unpublishAt'>,
  after: Pick<Transition, 'publishAt' | 'unpublishAt'>,
): Promise<void> => {
  const due = [
    { action: 'publish' as const, at: after.publishAt, previous: before.publishAt },
    { action: 'unpublish' as const, at: after.unpublishAt, previous: before.unpublishAt },
  ]
  for (const { action, at, previous } of due) {
    if (!at || at === previous) continue
    await req.payload.jobs.queue({
      task: SCHEDULED_TRANSITION_TASK,
      input: { collection: target.collection, documentId: target.id, action, at },
      waitUntil: new Date(at),
      req,
    })
  }
}
