import { stageOf } from '../documents'
import type { TransitionGuard } from '../guards'
import { commentError } from './errors'
import { REVIEW_COMMENTS } from './collection'
import { currentRound } from './rounds'

/**
 * `request_changes` with `comments: [ids]`: each must be an open comment on this document's
 * current round, or the request is refused (400, naming the first that is not) before anything is
 * recorded. The history record lists them (`reviewComments`, covered by its hash).
 */
export const citeReviewComments: TransitionGuard = {
  name: 'review-comments',
  actions: ['request_changes'],
  check: async (req, { collection, id, doc, comments }) => {
    if (!comments?.length) return
    const round = await currentRound(req, { collection, id }, stageOf(doc))
    // Access skipped: staff read every comment; the ids are checked against the document below.
    const { docs } = await req.payload.find({
      collection: REVIEW_COMMENTS,
      where: { id: { in: [...comments] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const byId = new Map(docs.map((comment) => [String(comment.id), comment]))
    for (const commentId of comments) {
      const comment = byId.get(commentId)
      const isOnThisRound =
        comment?.documentCollection === collection &&
        comment.documentId === id &&
        comment.round === round
      if (!comment || !isOnThisRound) {
        throw commentError(req, 'notThisRound', 400, { comment: commentId })
      }
      if (comment.resolved) throw commentError(req, 'citedResolved', 400, { comment: commentId })
    }
    return { record: { reviewComments: [...comments] } }
  },
}
