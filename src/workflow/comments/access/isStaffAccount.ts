import type { Access } from 'payload'

import { ROLES } from '@/access/roles'

/**
 * A logged-in account with a staff role. Every account has one today (`roles` is required), but
 * review comments are the newsroom's internal talk: an account without a role reads none.
 */
export const isStaffAccount: Access = ({ req: { user } }) =>
  Boolean(user?.roles?.some((role) => (ROLES as readonly string[]).includes(role)))
