import type { CollectionAfterChangeHook } from 'payload'

import { appendWorkflowEvent } from '../audit/append'
import type { WorkflowDocument } from '../documents'
import { stageOf } from '../documents'
import { isAccessEnforced, isWorkflowWrite } from '../requestContext'
import type { WorkflowTargetSlug } from '../stages'

/**
 * Writes the history record for a save that `applyWorkflowRules` counted (a reviewer's correction
 * during review, the first edit of a published document). After the save, in its transaction:
 * a save that failed leaves no record.
 */
export const recordWorkflowEdit: CollectionAfterChangeHook<WorkflowDocument> = async ({
  collection,
  data,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || isWorkflowWrite(req.context) || !isAccessEnforced(req.context)) {
    return doc
  }
  const before = previousDoc?.workflow?.revision ?? 0
  const after = data.workflow?.revision ?? before
  if (!req.user || after === before) return doc
  await appendWorkflowEvent(req, {
    collection: collection.slug as WorkflowTargetSlug,
    documentId: String(doc.id),
    revision: after,
    action: 'edit',
    fromStage: stageOf(previousDoc),
    toStage: data.workflowStage ?? stageOf(doc),
    actorId: String(req.user.id),
    actorName: req.user.name ?? null,
    occurredAt: new Date(),
  })
  return doc
}
