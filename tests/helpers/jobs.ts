import type { Payload } from 'payload'

/** Every queued job due now (instead of waiting out its backoff), then one run of the queue. */
export const runDueJobs = async (payload: Payload): Promise<void> => {
  await payload.update({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    overrideAccess: true,
  })
  await payload.jobs.run()
}

/** A webhook's delivery log, oldest attempt first. */
export const deliveriesOf = async (payload: Payload, webhook: string | number) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: webhook } },
      sort: 'attempt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs
