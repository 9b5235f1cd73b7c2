import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import type { ReviewComment } from '@/payload-types'

import { idOf, loadWorkingCopy, stageOf } from '../../documents'
import { isWorkflowTarget } from '../../stages'
import { commentError } from '../errors'
import { citedComments, currentRound } from '../rounds'

/** What the author writes; the rest is the server's or is resolving. */
const TEXT_FIELDS = ['fieldPath', 'passage', 'body', 'mentions'] as const

const normalised = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map((item) => idOf(item as never)).sort()
    : typeof value === 'string'
      ? value.trim() || null
      : (value ?? null)

const isChanged = (data: Partial<ReviewComment>, original: ReviewComment, name: string) =>
  JSON.stringify(normalised(data[name as keyof ReviewComment])) !==
  JSON.stringify(normalised(original[name as keyof ReviewComment]))

/**
 * A change to a comment (docs/workflow.md#review-comments): only its author edits its text, and
 * only while it is open and no request for changes has cited it; its author, the document's
 * author, reviewers and admins resolve and reopen it. Either only while its round is the
 * document's current one: comments of earlier rounds are history. Server-side writes without a
 * user (access control off) are not held to these rules.
 */
export const applyCommentRules: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (operation !== 'update' || !user || !originalDoc) return data
  const userId = String(user.id)
  const isTextChanged = TEXT_FIELDS.some((name) => isChanged(data, originalDoc, name))
  const isResolvedChanged = Boolean(data.resolved) !== Boolean(originalDoc.resolved)
  if (!isTextChanged && !isResolvedChanged) return data

  const collection = originalDoc.documentCollection
  const id = originalDoc.documentId
  const doc = isWorkflowTarget(collection)
    ? await loadWorkingCopy(req, collection, id, { asUser: false })
    : null
  const round =
    doc && isWorkflowTarget(collection)
      ? await currentRound(req, { collection, id }, stageOf(doc))
      : null
  if (round !== originalDoc.round) throw commentError(req, 'earlierRound', 409)

  if (isTextChanged) {
    if (idOf(originalDoc.author) !== userId) throw commentError(req, 'notYourComment', 403)
    if (originalDoc.resolved) throw commentError(req, 'resolvedComment', 409)
    if ((await citedComments(req, { collection, id })).has(String(originalDoc.id))) {
      throw commentError(req, 'citedComment', 409)
    }
  }
  if (isResolvedChanged) {
    const mayResolve =
      hasRole(user, 'reviewer') ||
      hasRole(user, 'admin') ||
      idOf(originalDoc.author) === userId ||
      idOf(originalDoc.documentAuthor) === userId
    if (!mayResolve) throw commentError(req, 'mayNotResolve', 403)
    return data.resolved
      ? { ...data, resolvedBy: userId, resolvedAt: new Date().toISOString() }
      : { ...data, resolvedBy: null, resolvedAt: null }
  }
  return data
}
