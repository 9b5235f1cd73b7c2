import type { Access, Where } from 'payload'

import { isStaffAccount } from './isStaffAccount'

/** Only its author deletes a review comment, and only while it is open (not resolved). */
export const isAuthorOfOpenComment: Access = (args) => {
  const { user } = args.req
  if (!user || !isStaffAccount(args)) return false
  const where: Where = {
    and: [{ author: { equals: user.id } }, { resolved: { not_equals: true } }],
  }
  return where
}
