import type { Access, Where } from 'payload'

/** Only its author deletes a review comment, and only while it is open (not resolved). */
export const isAuthorOfOpenComment: Access = ({ req: { user } }) => {
  if (!user) return false
  const where: Where = {
    and: [{ author: { equals: user.id } }, { resolved: { not_equals: true } }],
  }
  return where
}
