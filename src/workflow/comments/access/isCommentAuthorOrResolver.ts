import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Who may change a review comment at all: reviewers and admins (they resolve and reopen), and
 * otherwise its author or the author of the document it is on. What each may change (the text,
 * or only whether it is resolved) the `applyCommentRules` hook decides.
 */
export const isCommentAuthorOrResolver: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'reviewer') || hasRole(user, 'admin')) return true
  const where: Where = {
    or: [{ author: { equals: user.id } }, { documentAuthor: { equals: user.id } }],
  }
  return where
}
