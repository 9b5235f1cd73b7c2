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

/**
 * Marks the request a release writes its items with. The batch writes each item's stored working
 * copy with its new workflow state and changes no content, so a field check that reads other
 * documents of the collection reads the same for every item, and may read it once
 * (`readOncePerBatch`). Kept in the context, which Payload copies into every nested operation's
 * request, so the validations of the batch's writes share it.
 */
export const markReleaseBatch = (req: PayloadRequest): void => {
  req.context.releaseBatchReads = new Map<string, Promise<unknown>>()
}

/**
 * Inside a release's batch of item writes (`markReleaseBatch`), `read`'s answer for `key`, read
 * once for the batch and shared by every item; null outside one, where the caller reads what it
 * needs for the one document.
 */
export const readOncePerBatch = <T>(
  req: PayloadRequest,
  key: string,
  read: () => Promise<T>,
): null | Promise<T> => {
  const reads = req.context.releaseBatchReads
  if (!(reads instanceof Map)) return null
  if (!reads.has(key)) reads.set(key, read())
  return reads.get(key) as Promise<T>
}
