import type { WorkflowEvent } from '@/payload-types'

import type { Actor, ReviewState, Transition } from '../stateMachine'
import type { WorkflowTargetSlug } from '../stages'

export type NotifiedAction = 'approve' | 'publish' | 'request_changes' | 'submit'

/** Who hears about a transition, decided with the transition; sent later by the jobs queue. */
export type NotificationPlan = {
  collection: WorkflowTargetSlug
  documentId: string
  action: NotifiedAction
  event: Pick<
    WorkflowEvent,
    'actor' | 'actorName' | 'comment' | 'occurredAt' | 'reviewLevel' | 'toStage'
  >
  /** Account ids; `null` means every reviewer. */
  recipients: null | string[]
}

/**
 * A submission goes to its assignee, or to all reviewers; an approval, a request for changes and
 * a publication go to the author (who wrote it and who submitted it). Nobody hears about their own
 * action, and a publish that is only scheduled is announced when it happens.
 */
export const planNotification = ({
  actor,
  state,
  decision,
  event,
  assignee,
}: {
  actor: Actor
  state: ReviewState
  decision: Transition
  event: WorkflowEvent
  assignee?: string
}): NotificationPlan | null => {
  const actorId = actor.kind === 'user' ? actor.id : null
  const authors = [...new Set([state.createdBy, state.submittedBy])].filter(
    (id): id is string => Boolean(id) && id !== actorId,
  )
  const plan = (action: NotifiedAction, recipients: null | string[]): NotificationPlan | null =>
    recipients?.length === 0
      ? null
      : {
          collection: event.documentCollection,
          documentId: event.documentId,
          action,
          event,
          recipients,
        }
  switch (decision.action) {
    case 'submit':
      return plan('submit', assignee ? [assignee] : null)
    case 'approve':
    case 'request_changes':
      return plan(decision.action, authors)
    case 'publish':
      return decision.isPublishing ? plan('publish', authors) : null
    default:
      return null
  }
}
