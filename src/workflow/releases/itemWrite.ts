import type { CollectionSlug, JsonObject, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { beforeValidateTraverseFields, deepCopyObjectSimple } from 'payload'

import { validateFieldsForUpdate } from '../publishable'
import { markAccessEnforced } from '../requestContext'
import { rowOnlyUpdate } from './rowUpdate'

/** What a batch write of one item starts from: both read for the whole batch at once. */
export type ItemBefore = {
  /** The newest version as the database adapter stores it, every locale. */
  docWithLocales: JsonObject
  /** The same as hooks see it: this request's locale, hidden fields included. */
  originalDoc: JsonObject
  /** The document's own row as it stands, every locale (a draft saved since is not in it). */
  row: JsonObject
}

/**
 * For a batch of one collection's documents, what Payload's update reads for each before it
 * writes: the newest version with every locale, and that version as the hooks see it; and the
 * document's row, to write only what changed in it. Three queries for the whole batch instead of
 * two per document. A document without a version is left out (the caller writes it through
 * Payload's update).
 */
export const readItemsBefore = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: string[],
): Promise<Map<string, ItemBefore>> => {
  const { locale } = req
  const { docs: versions } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] },
    locale: 'all',
    pagination: false,
    req,
  })
  // Access skipped: the release's rules were checked; these are its items as stored.
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    pagination: false,
    showHiddenFields: true,
    overrideAccess: true,
    req,
  })
  const { docs: rows } = await req.payload.db.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    pagination: false,
    req,
  })
  req.locale = locale
  const shown = new Map(docs.map((doc) => [String(doc.id), doc as JsonObject]))
  const stored = new Map(rows.map((row) => [String(row.id), row as JsonObject]))
  const before = new Map<string, ItemBefore>()
  for (const { parent, version, createdAt } of versions as unknown as {
    parent: number | string
    version: JsonObject
    createdAt: string
  }[]) {
    const id = String(parent)
    const originalDoc = shown.get(id)
    const row = stored.get(id)
    if (!originalDoc || !row) continue
    before.set(id, {
      docWithLocales: { ...version, id, createdAt: version.createdAt ?? createdAt },
      originalDoc,
      row,
    })
  }
  return before
}

type Hook = (args: Record<string, unknown>) => unknown

const runHooks = async (
  hooks: unknown[] | undefined,
  args: Record<string, unknown>,
  key: 'data' | 'doc',
): Promise<JsonObject> => {
  let value = args[key] as JsonObject
  for (const hook of (hooks ?? []) as Hook[]) {
    value = ((await hook({ ...args, [key]: value })) as JsonObject | undefined) ?? value
  }
  return value
}

/**
 * Payload's update of one document, as a release writes its items (`draft: false`, access
 * skipped), from what `readItemsBefore` read for the whole batch. The steps are Payload's, in its
 * order and through its own field traversals: the fields' and the collection's `beforeValidate`,
 * the collection's `beforeChange`, the fields' `beforeChange` (their hooks, the validation, every
 * locale merged in), the row, a new version, the collection's `afterChange`. An invalid document
 * throws Payload's `ValidationError`, as its update would.
 *
 * What it leaves out, and why that is safe here: the per-document reads (done once for the
 * batch), the document-lock delete (one for the batch, by the caller), the read-back and
 * `afterRead` of the written document (the hooks and the announcement get the document as
 * written, in this request's locale), and the trim to `versions.maxPerDoc` (the document's next
 * save trims it). A release writes hundreds of documents in one transaction; Payload's update
 * spends twice as long on each, mostly in those reads and the SQL they build.
 */
export const writeItem = async (
  writeReq: PayloadRequest,
  config: SanitizedCollectionConfig,
  id: string,
  incoming: JsonObject,
  { docWithLocales, originalDoc, row }: ItemBefore,
): Promise<JsonObject> => {
  const req = writeReq
  // As the collections' beforeOperation hook marks a write made with `overrideAccess: true`.
  markAccessEnforced(req, false)
  const common = { collection: config, context: req.context, operation: 'update', req } as const
  let data: JsonObject = { ...incoming }
  await beforeValidateTraverseFields({
    ...common,
    id,
    data,
    doc: originalDoc,
    docForHooks: originalDoc,
    fields: config.fields,
    global: null,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    siblingData: data,
    siblingDoc: originalDoc,
  })
  data = await runHooks(config.hooks.beforeValidate, { ...common, data, originalDoc }, 'data')
  data = await runHooks(config.hooks.beforeChange, { ...common, data, originalDoc }, 'data')
  const flat = { ...data }
  const result: JsonObject = deepCopyObjectSimple({ ...data, id })
  const mergeLocaleActions = await validateFieldsForUpdate(req, config, {
    id,
    data: result,
    doc: originalDoc,
    docWithLocales,
  })
  for (const action of mergeLocaleActions) await action()
  const now = new Date().toISOString()
  result.updatedAt = now
  const collection = config.slug as CollectionSlug
  const rowData = { ...result }
  delete rowData.id
  await req.payload.db.updateOne({
    id,
    collection,
    data: rowOnlyUpdate(config.flattenedFields, rowData, row) ?? rowData,
    locale: req.locale,
    req,
    returning: false,
  })
  const versionData = { ...result }
  delete versionData.id
  await req.payload.db.createVersion({
    autosave: false,
    collectionSlug: collection,
    createdAt: now,
    parent: id,
    req,
    returning: false,
    updatedAt: now,
    versionData: versionData as never,
  })
  const written = { ...originalDoc, ...flat, id, updatedAt: now }
  return runHooks(
    config.hooks.afterChange,
    { ...common, data: flat, doc: written, previousDoc: originalDoc },
    'doc',
  )
}
