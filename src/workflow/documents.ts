import type { GlobalSlug, PayloadRequest, SelectType } from 'payload'
import { baseIDField } from 'payload'

import type { User, WorkflowState } from '@/payload-types'

import type { ReviewState } from './stateMachine'
import type { WorkflowTargetSlug, WorkflowStage } from './stages'
import { GLOBALS, isWorkflowGlobal } from './stages'

/** What every workflow collection's documents share (the fields `workflowFields()` adds). */
export type WorkflowDocument = {
  id: string
  _status?: 'draft' | 'published' | null
  workflowStage?: WorkflowStage | null
  workflow?: WorkflowState | null
  [field: string]: unknown
}

export const idOf = (value: null | string | undefined | User): null | string =>
  (value && typeof value === 'object' ? value.id : value) ?? null

const isoOrNull = (value?: null | string): null | string =>
  value ? new Date(value).toISOString() : null

export const stageOf = (doc: Pick<WorkflowDocument, '_status' | 'workflowStage'> | undefined) =>
  doc?.workflowStage ?? (doc?._status === 'published' ? 'published' : 'draft')

/**
 * The working copy: the latest version, draft or not. Read as the request's user when `asUser`
 * (staff read everything), else with access control off (the scheduler has no user; the hooks
 * need the stored stage whoever is writing).
 */
export const loadWorkingCopy = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  { asUser }: { asUser: boolean },
): Promise<null | WorkflowDocument> => {
  if (collection === GLOBALS) {
    if (!isWorkflowGlobal(id)) return null
    const global = await req.payload.findGlobal({
      slug: id,
      draft: true,
      depth: 0,
      req,
      ...(asUser ? { user: req.user, overrideAccess: false } : { overrideAccess: true }),
    })
    // A global is one document: the workflow addresses it by its slug.
    return global ? ({ ...global, id } as WorkflowDocument) : null
  }
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    req,
    ...(asUser ? { user: req.user, overrideAccess: false } : { overrideAccess: true }),
  })
  return (doc as null | WorkflowDocument) ?? null
}

/**
 * The document as stored outside the versions: for a document with a published version, that one
 * (what readers see). Access skipped: a fact about the document the rules need, whoever asks;
 * `select` keeps it to what they need.
 */
export const loadStoredCopy = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  select?: SelectType,
): Promise<null | WorkflowDocument> => {
  if (collection === GLOBALS) {
    if (!isWorkflowGlobal(id)) return null
    // Without `draft`, Payload reads the global's own row (its published state).
    const global = await req.payload.findGlobal({
      slug: id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
      ...(select ? { select } : {}),
    })
    return global ? ({ ...global, id } as WorkflowDocument) : null
  }
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    ...(select ? { select } : {}),
  })
  return (doc as null | WorkflowDocument) ?? null
}

/** Whether readers see a published version of the document now. */
export const isDocumentLive = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
): Promise<boolean> =>
  (await loadStoredCopy(req, collection, id, { _status: true }))?._status === 'published'

export const reviewStateOf = (
  doc: WorkflowDocument,
  isLive: boolean,
  defaultApprovals: number,
): ReviewState => {
  const workflow = doc.workflow ?? {}
  return {
    stage: stageOf(doc),
    isLive,
    createdBy: idOf(workflow.createdBy),
    submittedBy: idOf(workflow.submittedBy),
    lastEditedBy: idOf(workflow.lastEditedBy),
    approvals: (workflow.approvals ?? []).flatMap((approval) => {
      const reviewer = idOf(approval.reviewer)
      return reviewer ? [{ reviewer, level: approval.level ?? 0 }] : []
    }),
    requiredApprovals: workflow.requiredApprovals ?? defaultApprovals,
    publishAt: isoOrNull(workflow.publishAt),
    unpublishAt: isoOrNull(workflow.unpublishAt),
    revision: workflow.revision ?? 0,
  }
}

/** The stored review state with every person as an id, ready to be written back. */
export const workflowStateIds = (workflow: null | undefined | WorkflowState): WorkflowState => ({
  ...workflow,
  createdBy: idOf(workflow?.createdBy),
  lastEditedBy: idOf(workflow?.lastEditedBy),
  submittedBy: idOf(workflow?.submittedBy),
  assignee: idOf(workflow?.assignee),
  approvals: (workflow?.approvals ?? []).map((approval) => ({
    ...approval,
    reviewer: idOf(approval.reviewer),
  })),
})

/**
 * The workflow's own write of a document or a workflow global (access control off: the state
 * machine has decided, and `req` is the workflow's write request).
 */
export const writeWorkflowTarget = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  { data, draft }: { data: Record<string, unknown>; draft: boolean },
): Promise<Record<string, unknown>> => {
  if (collection === GLOBALS) {
    if (!isWorkflowGlobal(id)) throw new Error(`${id} is not a global in the workflow`)
    const written = await req.payload.updateGlobal({
      slug: id,
      data: data as never,
      draft,
      depth: 0,
      // Access skipped: the state machine has decided, and the write carries only its outcome.
      overrideAccess: true,
      req,
    })
    return { ...(written as unknown as Record<string, unknown>), id }
  }
  return (await req.payload.update({
    collection,
    id,
    data: data as never,
    draft,
    depth: 0,
    // Access skipped: the state machine has decided, and the write carries only its outcome.
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
}

/**
 * Lifts the admin's edit locks on documents the workflow writes, as Payload's own update does
 * for the document it writes: writes that go to the adapter directly (a review step, a release's
 * items) would otherwise leave the editor who just submitted holding the document against the
 * reviewer. One statement for any number of a collection's documents (or one global).
 */
export const releaseDocumentLocks = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  ids: string[],
): Promise<void> => {
  await req.payload.db.deleteMany({
    collection: 'payload-locked-documents',
    where:
      collection === GLOBALS
        ? { globalSlug: { in: ids } }
        : {
            and: [
              { 'document.relationTo': { equals: collection } },
              { 'document.value': { in: ids } },
            ],
          },
    req,
  })
}

/** What a review step changes: the stage and the stored review state. */
export type ReviewStepData = { workflowStage: WorkflowStage; workflow: WorkflowState }

const newRowId = baseIDField.defaultValue as () => string

type StoredVersion = {
  id: number | string
  createdAt: string
  version: Record<string, unknown>
}

/**
 * The latest version (the working copy an editor and the admin read), with every locale, as the
 * database adapter stores it. Payload's own draft reads take the newest by `updatedAt`.
 */
export const latestStoredVersion = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
): Promise<null | StoredVersion> => {
  const query = { limit: 1, locale: 'all', pagination: false, req, sort: '-updatedAt' } as const
  const { docs } =
    collection === GLOBALS
      ? await req.payload.db.findGlobalVersions({ ...query, global: id as GlobalSlug })
      : await req.payload.db.findVersions({
          ...query,
          collection,
          where: { parent: { equals: id } },
        })
  return (docs[0] as StoredVersion | undefined) ?? null
}

/**
 * Writes a review step (submit, withdraw, approve, request changes: `isReviewStep`) in place: the
 * stage and review state on the latest version and, while nothing of the document is live, on its
 * own row as well (which then holds the same draft; a live document's row is its published
 * version and keeps its own state). The step changes no content, so it adds no version to the
 * document's history, as a Payload update would; it goes to the database adapter, as Payload's
 * own autosave does when it updates the latest version in place. No hook has business with it:
 * the edit rules and the history belong to the transition, and the delivery features skip
 * workflow writes. False when the document has no version to write to (the caller then saves it
 * through Payload).
 */
export const writeReviewStep = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  data: ReviewStepData,
  { isLive }: { isLive: boolean },
): Promise<boolean> => {
  const latest = await latestStoredVersion(req, collection, id)
  if (!latest) return false
  const updatedAt = new Date().toISOString()
  const workflow = {
    ...data.workflow,
    // Payload gives array rows their ids in a field hook, which a write to the adapter skips.
    approvals: data.workflow.approvals?.map((approval) => ({
      ...approval,
      id: approval.id ?? newRowId(),
    })),
  }
  const row = { ...data, workflow, updatedAt }
  const versionData = {
    createdAt: new Date(latest.createdAt).toISOString(),
    latest: true,
    updatedAt,
    version: { ...latest.version, ...row },
  }
  // The document row first, then its version, as Payload writes them: a write cut off between
  // the two leaves the working copy a revision behind, which start-up recovery completes.
  if (collection === GLOBALS) {
    const global = id as GlobalSlug
    if (!isLive)
      await req.payload.db.updateGlobal({ slug: global, data: row, req, returning: false })
    await req.payload.db.updateGlobalVersion({
      id: latest.id,
      global,
      req,
      returning: false,
      versionData,
    })
    await releaseDocumentLocks(req, collection, [id])
    return true
  }
  if (!isLive) await req.payload.db.updateOne({ collection, id, data: row, req, returning: false })
  await req.payload.db.updateVersion({
    id: latest.id,
    collection,
    req,
    returning: false,
    versionData: { ...versionData, parent: id },
  })
  await releaseDocumentLocks(req, collection, [id])
  return true
}
