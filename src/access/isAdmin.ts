import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roles'

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => isAdminUser(user)
