import type { Access } from 'payload'

/**
 * Everyone, admins included, reaches only the notifications addressed to them: a query, so lists,
 * counts and GraphQL filter the same way.
 */
export const isRecipient: Access = ({ req: { user } }) => {
  if (!user) return false
  return { recipient: { equals: user.id } }
}
