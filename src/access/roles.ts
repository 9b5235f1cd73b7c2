import type { User } from '@/payload-types'

export const ROLES = ['admin', 'reviewer', 'editor'] as const

export type Role = (typeof ROLES)[number]

export const hasRole = (user: Pick<User, 'roles'> | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: Pick<User, 'roles'> | null | undefined): boolean =>
  hasRole(user, 'admin')
