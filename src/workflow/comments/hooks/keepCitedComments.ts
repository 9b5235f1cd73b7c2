import type { CollectionBeforeDeleteHook } from 'payload'

import { commentError } from '../errors'
import { citedComments } from '../rounds'

/**
 * A comment a request for changes cited stays: the history record names it. Access already keeps
 * deletion to the author of an open comment.
 */
export const keepCitedComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Access skipped: the comment is read only to find its document.
  const comment = await req.payload.findByID({
    collection: 'review-comments',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!comment) return
  const cited = await citedComments(req, {
    collection: comment.documentCollection,
    id: comment.documentId,
  })
  if (cited.has(String(id))) throw commentError(req, 'citedComment', 409)
}
