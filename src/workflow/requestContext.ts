import type { PayloadRequest, RequestContext } from 'payload'
import { isolateObjectProperty } from 'payload'

// Module-private: no client can put this in a request, and no other module can forge it.
const WRITE_TOKEN = Symbol('workflow-write')

/**
 * The request the workflow writes a document with: the same transaction, its own context marked
 * so the collection hooks let the transition's stage and `_status` through, and as a publication
 * batch, so the delivery features' per-document hooks leave the change to the transition's one
 * announcement.
 */
export const workflowWriteReq = (req: PayloadRequest): PayloadRequest => {
  const writeReq = isolateObjectProperty(req, 'context')
  writeReq.context = { ...req.context, workflowWrite: WRITE_TOKEN, publicationBatch: true }
  return writeReq
}

export const isWorkflowWrite = (context: RequestContext | undefined): boolean =>
  context?.workflowWrite === WRITE_TOKEN

/**
 * Set by the collections' beforeOperation hook for the write being made: whether access control
 * applies to it (REST, GraphQL, admin UI, Local API with `overrideAccess: false`). The beforeChange
 * hook cannot see `overrideAccess` itself.
 */
export const markAccessEnforced = (req: PayloadRequest, isEnforced: boolean): void => {
  req.context.workflowAccessEnforced = isEnforced
}

export const isAccessEnforced = (context: RequestContext | undefined): boolean =>
  context?.workflowAccessEnforced === true
