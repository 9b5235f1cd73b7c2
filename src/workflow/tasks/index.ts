import type { JobsConfig } from 'payload'

import { isAdminUser } from '@/access/roles'

import { notifyTask } from './notify'
import { scheduledTransitionTask } from './scheduledTransition'

/**
 * The workflow's part of Payload's jobs queue. `autoRun` runs due jobs every minute in the process
 * started by `src/server.ts` (which asks Payload for its crons); scheduled publications therefore
 * happen within a minute of their time. Only admins may trigger a run over HTTP.
 */
export const workflowJobs = (): JobsConfig => ({
  tasks: [scheduledTransitionTask, notifyTask],
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  access: {
    run: ({ req }) => isAdminUser(req.user),
    queue: ({ req }) => isAdminUser(req.user),
    cancel: ({ req }) => isAdminUser(req.user),
  },
})
