import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Admins reach every account; everyone else only their own, as a query so lists filter too. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
