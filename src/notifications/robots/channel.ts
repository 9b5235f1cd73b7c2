import { settings } from '@/env'
import type { NotificationChannel } from '@/workflow/notifications/channels'

import { kindOfAction } from '../kinds'
import { robotMessage } from '../messages'
import { ROBOT_TASK } from './constants'

/**
 * The workflow's notifications in group chats: one job per enabled robot that chose the event,
 * sent by the `robotNotify` task with retries. The message is composed now, with the step it tells.
 */
export const robotChannel: NotificationChannel = {
  name: 'robots',
  deliver: async (req, { plan, title, collectionLabel, link }) => {
    const event = kindOfAction[plan.action]
    // Access skipped: robots are admins' settings; any staff member's step may reach them.
    const { docs: robots } = await req.payload.find({
      collection: 'notification-channels',
      where: { and: [{ enabled: { equals: true } }, { events: { in: [event] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (robots.length === 0) return
    const message = robotMessage({
      event,
      step: {
        kind: event,
        actorName: plan.event.actorName,
        title,
        collectionLabel,
        reviewLevel: plan.event.reviewLevel,
        isFinalApproval: plan.event.toStage === 'approved',
        comment: plan.event.comment,
      },
      link,
      occurredAt: plan.event.occurredAt,
      timeZone: settings().ADMIN_TIME_ZONE,
    })
    for (const robot of robots) {
      await req.payload.jobs.queue({
        task: ROBOT_TASK,
        input: { channel: String(robot.id), ...message },
        req,
      })
    }
  },
}
