import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'

import { isStaffAccount } from './isStaffAccount'

/**
 * Who may change a review comment at all: reviewers and admins (they resolve and reopen), and
 * otherwise its author or the author of the document it is on. What each may change (the text,
 * or only whether it is resolved) the `applyCommentRules` hook decides.
 */
export const isCommentAuthorOrResolver: Access = (args) => {
  const { user } = args.req
  if (!user || !isStaffAccount(args)) return false
  if (hasRole(user, 'reviewer') || hasRole(user, 'admin')) return true
  const where: Where = {
    or: [{ author: { equals: user.id } }, { documentAuthor: { equals: user.id } }],
  }
  return where
}
