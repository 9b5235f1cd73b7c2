import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The first account of a new installation administers it; later accounts get what an admin gave
 * them, or `editor` when nothing was given. Runs after field access, so only an admin's `roles`
 * reach this hook.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  if (!data.roles?.length) return { ...data, roles: ['editor'] }
  return data
}
