import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalBeforeOperationHook,
  SanitizedCollectionConfig,
} from 'payload'

import type { WorkflowDocument } from '../documents'
import { isDocumentLive, loadWorkingCopy, stageOf } from '../documents'
import { refusalError } from '../errors'
import { isWorkflowWrite, markAccessEnforced } from '../requestContext'
import { decideDirectWrite } from '../stateMachine'
import { GLOBALS } from '../stages'
import { applyWorkflowRules } from './applyEditRules'
import { recordWorkflowEdit } from './recordEdit'

type WriteArgs = { data?: { _status?: unknown; workflowStage?: unknown }; draft?: boolean }

/**
 * The collections' write guard (./guardWrites.ts) for a workflow global: every write through
 * Payload's global API (`POST /api/globals/{slug}`, GraphQL `update{Global}`, the admin UI, the
 * Local API with access control) passes here. Publishing, taking down and changing the stage are
 * refused (403) with a pointer to the workflow; a person's save is always a draft version, so the
 * published global stays what readers get until the workflow publishes the draft.
 *
 * Restoring an old version is refused for people: Payload restores a global by writing its
 * published row directly (draft or not), past the hooks, which would change or take down what
 * readers see. An old wording is brought back by saving it as a draft.
 * https://payloadcms.com/docs/hooks/globals#beforeoperation
 */
export const guardGlobalWrites: GlobalBeforeOperationHook = async ({
  args,
  global,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  if (isWorkflowWrite(req.context)) return args
  markAccessEnforced(req, !overrideAccess)
  if (overrideAccess) return args
  const params = { collection: GLOBALS, id: global.slug }
  if (operation === 'restoreVersion') {
    throw refusalError(req, { ok: false, status: 403, reason: 'publishViaWorkflow' }, params)
  }
  const { data = {}, draft } = args as WriteArgs
  const current =
    data.workflowStage === undefined
      ? null
      : await loadWorkingCopy(req, GLOBALS, global.slug, { asUser: false })
  const verdict = decideDirectWrite({
    requestedStatus: data._status,
    requestedStage: data.workflowStage,
    // As for a document: `_status: 'draft'` outside a draft save asks to take the live one down.
    isDraftSave: Boolean(draft),
    currentStage: stageOf(current ?? undefined),
    isLive: await isDocumentLive(req, GLOBALS, global.slug),
  })
  if (!verdict.ok) throw refusalError(req, verdict, params)
  // Every other save is a draft version: the published global stays what readers get.
  return { ...args, draft: true }
}

/** Anonymous readers never get a global's draft (`?draft=true`, GraphQL `draft: true`). */
export const neverGlobalDraftsForAnonymous: GlobalBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' || overrideAccess || req.user) return args
  return (args as { draft?: boolean }).draft ? { ...args, draft: false } : args
}

/** The workflow's collection hooks see a global as the document `globals/{slug}`. */
const asCollection = { slug: GLOBALS } as unknown as SanitizedCollectionConfig

const asDocument = (slug: string, doc: unknown): WorkflowDocument => ({
  ...(doc as Record<string, unknown>),
  id: slug,
})

/** The documents' editing rules (./applyEditRules.ts) for a workflow global's save. */
export const applyGlobalWorkflowRules: GlobalBeforeChangeHook = ({
  data,
  global,
  originalDoc,
  req,
}) => {
  const hook = applyWorkflowRules as CollectionBeforeChangeHook
  // A global always exists for its editors: every save edits it.
  return hook({
    collection: asCollection,
    context: req.context,
    data,
    operation: 'update',
    originalDoc: asDocument(global.slug, originalDoc),
    req,
  })
}

/** The history record of a counted save (./recordEdit.ts), for a workflow global. */
export const recordGlobalWorkflowEdit: GlobalAfterChangeHook = async ({
  data,
  doc,
  global,
  previousDoc,
  req,
}) => {
  const hook = recordWorkflowEdit as CollectionAfterChangeHook
  await hook({
    collection: asCollection,
    context: req.context,
    data,
    doc: asDocument(global.slug, doc),
    operation: 'update',
    previousDoc: asDocument(global.slug, previousDoc),
    req,
  })
  return doc
}
