import type { CollectionBeforeDeleteHook } from 'payload'

import { loadWorkingCopy, stageOf } from '../../documents'
import { isWorkflowTarget } from '../../stages'
import { commentError } from '../errors'
import { citedComments, currentRound } from '../rounds'

/**
 * What the review's record holds stays: a comment of an earlier round, and one a request for
 * changes cited (the history record names it). Access already keeps deletion to the author of an
 * open comment.
 */
export const keepRecordedComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
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
  const collection = comment.documentCollection
  const target = { collection, id: comment.documentId }
  const doc = isWorkflowTarget(collection)
    ? await loadWorkingCopy(req, collection, target.id, { asUser: false })
    : null
  const round =
    doc && isWorkflowTarget(collection)
      ? await currentRound(req, { collection, id: target.id }, stageOf(doc))
      : null
  if (round !== comment.round) throw commentError(req, 'earlierRound', 409)
  if ((await citedComments(req, target)).has(String(id))) {
    throw commentError(req, 'citedComment', 409)
  }
}
