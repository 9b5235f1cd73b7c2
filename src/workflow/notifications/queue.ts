import type { PayloadRequest, Where } from 'payload'

import { globalEntryOf } from '@/content/registry'
import { serverUrl, settings } from '@/env'
import type { User } from '@/payload-types'

import type { WorkflowTargetSlug } from '../stages'
import { collectionLabels, GLOBALS } from '../stages'
import { notificationChannels } from './channels'
import { composeMail } from './compose'
import type { NotificationPlan } from './plan'

export type { NotificationPlan } from './plan'
export { planNotification } from './plan'

export const NOTIFY_TASK = 'workflowNotify'

const recipientsOf = async (req: PayloadRequest, plan: NotificationPlan): Promise<User[]> => {
  const where: Where = plan.recipients
    ? { id: { in: plan.recipients } }
    : {
        and: [
          { roles: { in: ['reviewer'] } },
          ...(plan.event.actor ? [{ id: { not_equals: plan.event.actor } }] : []),
        ],
      }
  // Access skipped: an editor's action notifies accounts the editor may not read.
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/** A document's title as notifications show it (its `useAsTitle`, in Chinese), or its id. */
export const documentTitle = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  documentId: string,
): Promise<string> => {
  if (collection === GLOBALS) return globalEntryOf(documentId)?.labels.zh ?? documentId
  const useAsTitle = req.payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
  // Access skipped: the title of the document a notification is about.
  const doc = await req.payload.findByID({
    collection,
    id: documentId,
    draft: true,
    depth: 0,
    locale: 'zh',
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  const title = (doc as Record<string, unknown> | null)?.[useAsTitle]
  return typeof title === 'string' && title ? title : documentId
}

const titleOf = (req: PayloadRequest, plan: NotificationPlan): Promise<string> =>
  documentTitle(req, plan.collection, plan.documentId)

/**
 * Writes one e-mail per recipient into the jobs queue (the `workflowNotify` task sends it, and
 * retries on failure), then hands the notification to every channel a feature registered
 * (./channels.ts). Called after the transition is committed; a failure here is logged and never
 * reaches the person who made the transition.
 */
export const queueNotification = async (
  req: PayloadRequest,
  plan: NotificationPlan,
): Promise<void> => {
  try {
    const recipients = await recipientsOf(req, plan)
    const title = await titleOf(req, plan)
    const link =
      plan.collection === GLOBALS
        ? `${serverUrl()}/admin/globals/${plan.documentId}`
        : `${serverUrl()}/admin/collections/${plan.collection}/${plan.documentId}`
    const collectionLabel = collectionLabels[plan.collection].zh
    for (const recipient of recipients) {
      const mail = composeMail({
        plan,
        title,
        collectionLabel,
        link,
        recipientName: recipient.name,
        timeZone: settings().ADMIN_TIME_ZONE,
      })
      await req.payload.jobs.queue({
        task: NOTIFY_TASK,
        input: { to: recipient.email, ...mail },
        req,
      })
    }
    for (const channel of notificationChannels(req)) {
      try {
        await channel.deliver(req, { plan, recipients, title, collectionLabel, link })
      } catch (error) {
        req.payload.logger.error({
          err: error,
          msg: `workflow: the ${channel.name} notification channel failed`,
        })
      }
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'workflow: could not queue a notification' })
  }
}
