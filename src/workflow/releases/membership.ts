import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { kexieT } from '@/i18n/t'

import type { WorkflowCollectionSlug, WorkflowStage } from '../stages'
import { GLOBALS, isWorkflowCollection, RELEASES } from '../stages'
import { RELEASE_GLOBALS_FIELD, releaseGlobalsOf } from './globals'

/** A document of a workflow collection, or a workflow global (`{ collection: "globals", id }`). */
export type ItemRef = { collection: WorkflowCollectionSlug | typeof GLOBALS; id: string }

export type ReleaseSummary = {
  id: string
  title: string
  workflowStage: WorkflowStage
  items: ItemRef[]
}

type StoredItem = { relationTo?: unknown; value?: unknown }

/** The items of a release as `{ collection, id }`, in order, whatever depth they were read at. */
export const itemRefsOf = (items: unknown): ItemRef[] =>
  (Array.isArray(items) ? (items as StoredItem[]) : []).flatMap(({ relationTo, value }) => {
    const id =
      value && typeof value === 'object' ? (value as { id?: unknown }).id : (value as unknown)
    if (!isWorkflowCollection(relationTo) || (typeof id !== 'string' && typeof id !== 'number')) {
      return []
    }
    return [{ collection: relationTo, id: String(id) }]
  })

/** Everything a release publishes, in order: its `items`, then its `globals`. */
export const releaseItemRefs = (doc: { [field: string]: unknown }): ItemRef[] => [
  ...itemRefsOf(doc.items),
  ...releaseGlobalsOf(doc).map((slug) => ({ collection: GLOBALS, id: slug })),
]

export const sameItem = (a: ItemRef, b: ItemRef) => a.collection === b.collection && a.id === b.id

/** Published and archived releases are done with their items; every other one holds them. */
const CLOSED_STAGES: WorkflowStage[] = ['published', 'archived']
/** While a release is in these stages its items move only with it. */
export const HOLDING_STAGES: WorkflowStage[] = ['in_review', 'approved']

/**
 * Every open release (not published or archived), as its working copy says. Few are open at any
 * time, so they are read whole and matched here: the same on every database, and no query on a
 * polymorphic relationship's rows.
 */
export const openReleases = async (req: PayloadRequest): Promise<ReleaseSummary[]> => {
  // Access skipped: which release holds a document is a rule of the workflow, whoever asks.
  const { docs } = await req.payload.find({
    collection: RELEASES,
    where: { workflowStage: { not_in: CLOSED_STAGES } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { title: true, workflowStage: true, items: true, [RELEASE_GLOBALS_FIELD]: true },
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title ?? '',
    workflowStage: (doc.workflowStage ?? 'draft') as WorkflowStage,
    items: releaseItemRefs(doc),
  }))
}

/** The open release that holds `item`, other than `exceptId`. */
export const openReleaseHolding = async (
  req: PayloadRequest,
  item: ItemRef,
  exceptId?: string,
): Promise<null | ReleaseSummary> =>
  (await openReleases(req)).find(
    (release) => release.id !== exceptId && release.items.some((held) => sameItem(held, item)),
  ) ?? null

/**
 * A document belongs to at most one open release: adding it to a second one is a 400 on `items`
 * naming the release that has it (title and id).
 */
export const refuseItemsHeldElsewhere: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data.items === undefined && data[RELEASE_GLOBALS_FIELD] === undefined) return data
  const stage = (data.workflowStage ?? originalDoc?.workflowStage ?? 'draft') as WorkflowStage
  if (CLOSED_STAGES.includes(stage)) return data
  const items = itemRefsOf(data.items ?? originalDoc?.items)
  const globals = releaseGlobalsOf(
    data[RELEASE_GLOBALS_FIELD] === undefined ? originalDoc : data,
  ).map((slug) => ({ collection: GLOBALS, id: slug }))
  const ownId = originalDoc?.id === undefined ? undefined : String(originalDoc.id)
  const others = (await openReleases(req)).filter((release) => release.id !== ownId)
  const t = kexieT(req)
  const errors = items.flatMap((item, index) => {
    const holder = others.find((release) => release.items.some((held) => sameItem(held, item)))
    if (!holder) return []
    const message = t('kexie:releaseItemHeld', {
      collection: item.collection,
      id: item.id,
      title: holder.title,
      release: holder.id,
    })
    return [{ path: `items.${index}`, message }]
  })
  // The same rule for the globals it carries (a select: the same slug twice is stored once).
  globals.forEach((item, index) => {
    const holder = others.find((release) => release.items.some((held) => sameItem(held, item)))
    if (!holder) return
    const message = t('kexie:releaseItemHeld', {
      collection: item.collection,
      id: item.id,
      title: holder.title,
      release: holder.id,
    })
    errors.push({ path: `${RELEASE_GLOBALS_FIELD}.${index}`, message })
  })
  const duplicate = items.findIndex((item, index) =>
    items.slice(0, index).some((earlier) => sameItem(earlier, item)),
  )
  if (duplicate !== -1) {
    errors.push({ path: `items.${duplicate}`, message: t('kexie:releaseItemTwice') })
  }
  if (errors.length > 0) {
    throw new ValidationError({ collection: RELEASES, errors }, req.t)
  }
  return data
}
