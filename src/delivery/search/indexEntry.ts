import type { PayloadRequest, Where } from 'payload'

import { insertRows, sqlAdapterOf, tableNameOf } from '@/databaseRows'

import type { SourceDocument } from './documentRows'
import { documentRows, sourceSelect } from './documentRows'
import { fullTextStore } from './fullText/store'
import { fullTextRows } from './fullText/tokens'
import type { SearchableSlug } from './sources'

export const SEARCH_INDEX = 'search-index' as const

const entriesOf = (collection: SearchableSlug, ids: string[]): Where => ({
  and: [{ collection: { equals: collection } }, { docId: { in: ids } }],
})

/** The head rows (chunk 0) of documents: one per document and set of locales. */
const headsOf = (collection: SearchableSlug, ids: string[]): Where => ({
  and: [...(entriesOf(collection, ids).and ?? []), { chunk: { equals: 0 } }],
})

/** Takes a document out of the index (it was unpublished or deleted). */
export const removeSearchEntry = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  id: string,
): Promise<void> => {
  // The adapter's own bulk delete: index rows have no hooks to run.
  await req.payload.db.deleteMany({
    collection: SEARCH_INDEX,
    where: entriesOf(collection, [id]),
    req,
  })
  await fullTextStore(req.payload).remove(req, collection, id)
}

/**
 * Writes the rows of published documents of one collection, built from `docs` (their old index
 * rows are gone), and replaces their full-text rows; returns how many index rows. On a SQL
 * database the index rows of every document go in one multi-row insert (src/databaseRows.ts):
 * they have no hooks or validation to run, and Payload's create would cost a statement and a
 * traversal per row. MongoDB takes them one by one through the adapter's create.
 */
const insertSearchRows = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  docs: SourceDocument[],
): Promise<number> => {
  const built = docs.map((doc) => ({ doc, rows: documentRows(req.payload, collection, doc) }))
  // The lookup keys go to the full-text index only (SearchIndex.ts).
  const stored = built.flatMap(({ rows }) => rows.map(({ terms: _terms, ...row }) => row))
  const adapter = sqlAdapterOf(req.payload)
  if (adapter) {
    const now = new Date().toISOString()
    const rows = stored.map((row) => ({ ...row, createdAt: now, updatedAt: now }))
    await insertRows(adapter, req, tableNameOf(adapter, SEARCH_INDEX), rows)
  } else {
    for (const data of stored) {
      await req.payload.db.create({ collection: SEARCH_INDEX, data, returning: false, req })
    }
  }
  for (const { doc, rows } of built) {
    await fullTextStore(req.payload).replace(req, collection, String(doc.id), fullTextRows(rows))
  }
  return stored.length
}

/**
 * Replaces the rows of published documents of one collection with ones built from `docs`: their
 * old index rows go with one delete, the new ones come with one insert; returns how many.
 */
export const writeSearchEntries = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  docs: SourceDocument[],
): Promise<number> => {
  if (docs.length === 0) return 0
  const ids = docs.map((doc) => String(doc.id))
  await req.payload.db.deleteMany({
    collection: SEARCH_INDEX,
    where: entriesOf(collection, ids),
    req,
  })
  return insertSearchRows(req, collection, docs)
}

/** The version readers see (the main document, never a newer draft), with every locale. */
export const readLiveDocument = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  id: string,
): Promise<null | SourceDocument> => {
  // Access skipped: whether the document is public is the question, not who asks.
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: false,
    locale: 'all',
    depth: 0,
    select: sourceSelect(collection),
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return doc ? (doc as unknown as SourceDocument) : null
}

const indexedVersion = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  id: string,
): Promise<null | string | undefined> => {
  const { docs } = await req.payload.find({
    collection: SEARCH_INDEX,
    where: headsOf(collection, [id]),
    select: { sourceUpdatedAt: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.sourceUpdatedAt
}

export type SyncOutcome = 'indexed' | 'removed' | 'unchanged'

/**
 * Brings one document's index rows in line with what readers see. Payload saves a draft of a
 * published document as a new version and leaves the main document as it was, so `_status` and
 * `updatedAt` of the main document say whether (and what) to index, whatever the save was:
 * publish, unpublish, a draft edit or a workflow transition.
 * https://payloadcms.com/docs/versions/drafts
 */
export const syncSearchEntry = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  id: string,
): Promise<SyncOutcome> => {
  const live = await readLiveDocument(req, collection, id)
  if (live?._status !== 'published') {
    await removeSearchEntry(req, collection, id)
    return 'removed'
  }
  if (live.updatedAt && (await indexedVersion(req, collection, id)) === live.updatedAt) {
    return 'unchanged'
  }
  await writeSearchEntries(req, collection, [live])
  return 'indexed'
}

/**
 * `syncSearchEntry` for many documents of one collection (a release's items): the live versions
 * and the indexed versions are read with one query each, the rows of every document that went
 * out of date are deleted with one, and only then are the new rows written.
 */
export const syncSearchEntries = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  ids: string[],
): Promise<void> => {
  if (ids.length === 0) return
  // Access skipped: whether each document is public is the question, not who asks.
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    draft: false,
    locale: 'all',
    depth: 0,
    select: sourceSelect(collection),
    pagination: false,
    overrideAccess: true,
    req,
  })
  const live = new Map<string, SourceDocument>()
  for (const doc of docs as unknown as SourceDocument[]) {
    if (doc._status === 'published') live.set(String(doc.id), doc)
  }
  const { docs: heads } = await req.payload.find({
    collection: SEARCH_INDEX,
    where: headsOf(collection, ids),
    select: { docId: true, sourceUpdatedAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const indexed = new Map(heads.map((head) => [String(head.docId), head.sourceUpdatedAt]))
  const stale = ids.filter((id) => {
    const doc = live.get(id)
    return !doc?.updatedAt || indexed.get(id) !== doc.updatedAt
  })
  if (stale.length === 0) return
  await req.payload.db.deleteMany({
    collection: SEARCH_INDEX,
    where: entriesOf(collection, stale),
    req,
  })
  // No longer public: their full-text rows go with their index rows.
  for (const id of stale.filter((id) => !live.has(id))) {
    await fullTextStore(req.payload).remove(req, collection, id)
  }
  await insertSearchRows(
    req,
    collection,
    stale.flatMap((id) => live.get(id) ?? []),
  )
}
