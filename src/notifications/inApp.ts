import type { PayloadRequest } from 'payload'

import type { NotificationChannel } from '@/workflow/notifications/channels'

import type { NotificationKind } from './kinds'
import { kindOfAction } from './kinds'
import type { NotifiedStep } from './messages'
import { inAppSummary } from './messages'

export type InAppNotification = {
  /** Account ids; the actor is never notified of their own step. */
  recipients: string[]
  kind: NotificationKind
  document: { collection: string; id: string; title: string }
  collectionLabel: string
  actor?: null | string
  actorName?: null | string
  step?: Pick<NotifiedStep, 'comment' | 'isFinalApproval' | 'reviewLevel'>
}

/**
 * Writes one notification per recipient (the bell in the admin). For the workflow's channel and
 * for features that notify people themselves (a mention in a review comment).
 */
export const createNotifications = async (
  req: PayloadRequest,
  notification: InAppNotification,
): Promise<void> => {
  const { kind, document, collectionLabel, actor, actorName, step } = notification
  const summary = inAppSummary({ ...step, kind, actorName, title: document.title, collectionLabel })
  const recipients = [...new Set(notification.recipients)].filter((id) => id !== actor)
  for (const recipient of recipients) {
    // Access skipped: nobody may create notifications through the API; the system writes them.
    await req.payload.create({
      collection: 'notifications',
      data: {
        recipient,
        kind,
        summary,
        documentCollection: document.collection,
        documentId: document.id,
        documentTitle: document.title,
        actor,
        actorName,
      },
      overrideAccess: true,
      req,
    })
  }
}

/** The workflow's notifications in the bell: the same recipients as its e-mail. */
export const inAppChannel: NotificationChannel = {
  name: 'in-app',
  deliver: (req, { plan, recipients, title, collectionLabel }) =>
    createNotifications(req, {
      recipients: recipients.map(({ id }) => String(id)),
      kind: kindOfAction[plan.action],
      document: { collection: plan.collection, id: plan.documentId, title },
      collectionLabel,
      actor: plan.event.actor,
      actorName: plan.event.actorName,
      step: {
        reviewLevel: plan.event.reviewLevel,
        isFinalApproval: plan.event.toStage === 'approved',
        comment: plan.event.comment,
      },
    }),
}
