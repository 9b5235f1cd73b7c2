import type { CollectionBeforeOperationHook } from 'payload'

import { isDocumentLive, loadWorkingCopy, stageOf } from '../documents'
import { refusalError } from '../errors'
import { isWorkflowWrite, markAccessEnforced } from '../requestContext'
import { decideDirectWrite } from '../stateMachine'
import type { WorkflowTargetSlug } from '../stages'

type WriteArgs = {
  id?: number | string
  data?: { _status?: unknown; workflowStage?: unknown }
  draft?: boolean
}

/**
 * Every write through the collection API (REST, GraphQL, bulk update, admin UI, Local API with
 * access control) passes here first. Publishing, taking down and changing the stage are refused
 * with a pointer to the workflow; a person's save of a document that is live becomes a new draft
 * version, so the live one stays until it is published through review. A person restores an old
 * version of a live document as a draft (`?draft=true`), reviewed like any edit.
 * https://payloadcms.com/docs/hooks/collections#beforeoperation
 */
export const guardWorkflowWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') {
    return args
  }
  if (isWorkflowWrite(req.context)) return args
  markAccessEnforced(req, !overrideAccess)
  if (overrideAccess) return args

  const { id, data = {}, draft } = args as WriteArgs
  // Collections only: the workflow globals have their own guard (./globalHooks.ts).
  const slug = collection.slug as Exclude<WorkflowTargetSlug, 'globals'>

  if (operation === 'restoreVersion') {
    // Payload reads `draft` before this hook runs, so a restore is refused rather than converted.
    const version = await req.payload.findVersionByID({
      collection: slug,
      id: String(id),
      depth: 0,
      disableErrors: true,
      // Access skipped: only the version's document is looked up; the restore checks access.
      overrideAccess: true,
      req,
    })
    const parent: unknown = version?.parent
    const parentId = typeof parent === 'object' && parent ? (parent as { id: string }).id : parent
    const isLive = parentId ? await isDocumentLive(req, slug, String(parentId)) : false
    const verdict = decideDirectWrite({
      currentStage: null,
      isLive,
      isDraftSave: Boolean(draft),
      isRestore: true,
    })
    if (!verdict.ok) throw refusalError(req, verdict, { collection: slug, id: String(parentId) })
    return args
  }
  const write = {
    requestedStatus: data._status,
    requestedStage: data.workflowStage,
    isDraftSave: Boolean(draft),
  }
  const params = { collection: slug, id: id === undefined ? '{id}' : String(id) }

  if (operation === 'create') {
    const verdict = decideDirectWrite({ ...write, currentStage: 'draft', isLive: false })
    if (!verdict.ok) throw refusalError(req, verdict, params)
    return args
  }

  if (id === undefined) {
    // A bulk update: any of the documents may be live or in any stage, so assume the worst and
    // save every one of them as a draft version.
    const verdict = decideDirectWrite({ ...write, currentStage: null, isLive: true })
    if (!verdict.ok) throw refusalError(req, verdict, params)
    return { ...args, draft: true }
  }

  const isLive = await isDocumentLive(req, slug, String(id))
  const current =
    data.workflowStage === undefined
      ? null
      : await loadWorkingCopy(req, slug, String(id), { asUser: false })
  const verdict = decideDirectWrite({
    ...write,
    currentStage: stageOf(current ?? undefined),
    isLive,
  })
  if (!verdict.ok) throw refusalError(req, verdict, params)
  return isLive ? { ...args, draft: true } : args
}

/**
 * Anonymous readers never get drafts, whatever they ask for (`?draft=true`, GraphQL `draft`). Read
 * access already hides them; this keeps the question from being asked. Server-side reads (access
 * control off) are left alone.
 */
export const neverDraftsForAnonymous: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' || overrideAccess || req.user) return args
  return (args as { draft?: boolean }).draft ? { ...args, draft: false } : args
}
