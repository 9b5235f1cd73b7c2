import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A webhook's delivery log goes with it: each record names its webhook (required), so the
 * webhook could not be deleted while its log remained.
 */
export const deleteDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Access skipped: nobody deletes log records through the API; deleting the webhook is the admin's.
  await req.payload.delete({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: id } },
    overrideAccess: true,
    req,
  })
}
