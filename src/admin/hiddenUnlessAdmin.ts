import type { ClientUser } from 'payload'

import type { User } from '@/payload-types'

import { isAdminUser } from '@/access/roles'

/**
 * `admin.hidden` for what only admins can use (users, site and review settings, the search
 * index): editors and reviewers would otherwise find them in the navigation
 * and open a page they can only look at, greyed out. Hiding is navigation and admin routes only;
 * access rules still decide every read and write, in the admin and over the APIs alike. Staff
 * still edit their own account through the account page (/admin/account).
 */
export const hiddenUnlessAdmin = ({
  user,
}: {
  // Collections are given the client's view of the user, globals the server's.
  user: ClientUser | User | null
}): boolean => !isAdminUser({ roles: user?.roles as User['roles'] })
