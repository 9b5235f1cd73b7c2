import type { Access } from 'payload'

import { hasRole } from './roles'

/** Deleting removes a document and all its versions, so it is kept from editors. */
export const isReviewerOrAdmin: Access = ({ req: { user } }) =>
  hasRole(user, 'reviewer') || hasRole(user, 'admin')
