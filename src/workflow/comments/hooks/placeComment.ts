import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ReviewComment } from '@/payload-types'

import { idOf, loadWorkingCopy, stageOf } from '../../documents'
import type { WorkflowTargetSlug } from '../../stages'
import { GLOBALS, isWorkflowTarget } from '../../stages'
import { commentError } from '../errors'
import { COMMENTABLE_STAGES, currentRound } from '../rounds'

/** The names of the fields a comment may point at: the collection's (or global's) own fields. */
const fieldNamesOf = (req: PayloadRequest, collection: WorkflowTargetSlug, id: string) => {
  const fields =
    collection === GLOBALS
      ? req.payload.config.globals.find((global) => global.slug === id)?.flattenedFields
      : req.payload.collections[collection]?.config.flattenedFields
  return new Set((fields ?? []).map((field) => field.name))
}

/**
 * A new comment is placed on its document's current review round: the document must exist, be
 * readable by the writer and be under review now. Its author, the document's author, the round
 * and the document's revision come from the server, never from the client.
 */
export const placeComment: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const collection = data.documentCollection
  const id = data.documentId
  if (!isWorkflowTarget(collection) || !id) {
    throw commentError(req, 'unknownDocument', 400, {
      collection: String(collection),
      id: String(id),
    })
  }
  // Read as the writer: a document they may not read takes no comments from them.
  const doc = await loadWorkingCopy(req, collection, id, { asUser: Boolean(req.user) })
  if (!doc) throw commentError(req, 'documentNotFound', 404, { collection, id })
  const stage = stageOf(doc)
  if (!COMMENTABLE_STAGES.includes(stage)) throw commentError(req, 'notUnderReview', 409)
  const fieldPath = data.fieldPath?.trim()
  if (fieldPath && !fieldNamesOf(req, collection, id).has(fieldPath.split('.')[0])) {
    throw commentError(req, 'unknownField', 400, { field: fieldPath })
  }
  const author = req.user ? String(req.user.id) : idOf(data.author ?? null)
  if (!author) throw commentError(req, 'noAuthor', 400)
  return {
    ...data,
    fieldPath: fieldPath || null,
    passage: data.passage?.trim() || null,
    body: data.body?.trim() ?? '',
    author,
    documentAuthor: idOf(doc.workflow?.createdBy ?? null),
    round: (await currentRound(req, { collection, id }, stage)) ?? 0,
    revision: doc.workflow?.revision ?? 0,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
  }
}
