import { getPayload } from 'payload'

import { loadCommandSettings, openPayloadForCommand } from '@/cli'
import { closeSharedRedis } from '@/cluster/redis'

/**
 * `npm run worker`: the one process of a cluster that runs Payload's jobs queue (scheduled
 * publications, review notifications, webhook deliveries, the end of award notices), while the
 * web instances run with `JOBS_AUTORUN=false`. One runner means each due job is taken once,
 * without a leader election; a worker that dies loses nothing, the jobs wait in the database for
 * the next one. Runs until SIGTERM or SIGINT, then lets the running jobs finish and exits 0.
 * https://payloadcms.com/docs/jobs-queue/queues#cron-jobs
 */
export const runWorker = async (): Promise<number> => {
  // Whatever the environment says for the web instances, this process runs the queue.
  process.env.JOBS_AUTORUN = 'true'
  const target = loadCommandSettings()
  const payload = await openPayloadForCommand(target)
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
  payload.logger.info('kexie-cms worker: running the jobs queue')

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })
  payload.logger.info(`${signal} received: stopping the jobs queue`)
  // Stops the crons and waits for the database; a job cut off here is retried by the next worker.
  await payload.destroy()
  await closeSharedRedis()
  return 0
}
