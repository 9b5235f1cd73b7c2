import type { Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'
import { registerNotificationChannel } from '@/workflow/notifications/channels'

import { NotificationChannels } from './collections/NotificationChannels'
import { Notifications } from './collections/Notifications'
import { inAppChannel } from './inApp'
import { robotChannel } from './robots/channel'
import { robotNotifyTask } from './robots/task'

/** Resolved through the generated import map, like every admin component. */
const NOTIFICATION_BELL = '@/notifications/admin/NotificationBell#NotificationBell'

/**
 * Notifications beside the workflow's e-mail: `notifications` (the bell in the admin header, per
 * user, `POST /api/notifications/mark-read`) and `notification-channels` (WeCom and DingTalk group
 * robots, sent by the `robotNotify` task). Both are notification channels the workflow runs after
 * each step it notifies about (src/workflow/notifications/channels.ts).
 */
export const workflowNotifications = (): Plugin => (config) => {
  const withChannels = registerNotificationChannel(
    registerNotificationChannel(config, inAppChannel),
    robotChannel,
  )
  const withParts = addParts(withChannels, {
    collections: [Notifications, NotificationChannels],
  })
  const components = withParts.admin?.components
  return {
    ...withParts,
    admin: {
      ...withParts.admin,
      components: { ...components, actions: [...(components?.actions ?? []), NOTIFICATION_BELL] },
    },
    jobs: { ...withParts.jobs, tasks: [...(withParts.jobs?.tasks ?? []), robotNotifyTask] },
  }
}
