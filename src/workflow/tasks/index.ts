import type { JobsConfig } from 'payload'

import { isAdminUser } from '@/access/roles'
import { isJobsAutorun, jobsCron } from '@/env'

import { notifyTask } from './notify'
import { scheduledTransitionTask } from './scheduledTransition'

/**
 * The workflow's part of Payload's jobs queue. `autoRun` runs due jobs every minute (`JOBS_CRON`)
 * in the process started by `src/server.ts` (which asks Payload for its crons); scheduled
 * publications therefore happen within a minute of their time. With `JOBS_AUTORUN=false` (the web
 * instances of a cluster) no cron starts: one `npm run worker` runs the queue for all of them, so
 * each job runs once (docs/deployment.md). Only admins may trigger a run over HTTP.
 */
export const workflowJobs = (): JobsConfig => ({
  tasks: [scheduledTransitionTask, notifyTask],
  // Read when the crons start (after the config is built): the worker turns it on for itself.
  autoRun: () => (isJobsAutorun() ? [{ cron: jobsCron(), queue: 'default', limit: 20 }] : []),
  access: {
    run: ({ req }) => isAdminUser(req.user),
    queue: ({ req }) => isAdminUser(req.user),
    cancel: ({ req }) => isAdminUser(req.user),
  },
})
