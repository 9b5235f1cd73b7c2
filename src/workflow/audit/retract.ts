import type { PayloadRequest } from 'payload'

import type { WorkflowEvent } from '@/payload-types'

import { chainLockKey, withLock } from '../lock'

/**
 * Takes back a record whose document change then failed, where no database transaction will
 * (SQLite). Only while it is still the newest record: removing one from the middle would break
 * the chain, and `npm run audit:verify` reports the mismatch instead.
 */
export const retractEvent = async (req: PayloadRequest, event: WorkflowEvent): Promise<void> => {
  if (await req.transactionID) return // rolled back with the transaction
  await withLock(await chainLockKey(req), async () => {
    const { docs } = await req.payload.find({
      collection: 'workflow-events',
      sort: '-sequence',
      limit: 1,
      pagination: false,
      depth: 0,
      // Access skipped: the workflow checks its own chain.
      overrideAccess: true,
      req,
    })
    if (docs[0]?.id !== event.id) {
      req.payload.logger.error({
        msg: 'workflow: a transition failed after its history record was chained; audit:verify will report it',
        event: event.id,
      })
      return
    }
    // Hooks bypassed on purpose: the append-only guard refuses every delete, and this one undoes
    // the workflow's own write of a moment ago for a change that never happened.
    await req.payload.db.deleteOne({
      collection: 'workflow-events',
      where: { id: { equals: event.id } },
      req,
    })
  })
}
