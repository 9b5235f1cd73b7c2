import { randomBytes } from 'node:crypto'

import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { PayloadRequest, Where } from 'payload'

import { insertRowsFromJson, insertRowsReturning, sqlAdapterOf, tableNameOf } from '@/databaseRows'

import type { SearchIndexData, SourceDocument } from './documentRows'
import { documentRows, sourceSelect } from './documentRows'
import { fullTextStore } from './fullText/store'
import { fullTextRows } from './fullText/tokens'
import type { SearchableSlug } from './sources'

export const SEARCH_INDEX = 'search-index' as const

/**
 * Array rows need the ids Payload's operation would give them (its beforeChange hooks do, and the
 * adapter's create runs none): unique, and short, as there are thousands per index row.
 */
const withRowIds = <T extends object>(rows: T[]): (T & { id: string })[] => {
  const prefix = randomBytes(8).toString('hex')
  return rows.map((row, index) => ({ ...row, id: `${prefix}${index.toString(36)}` }))
}

const entryOf = (collection: SearchableSlug, id: string): Where => ({
  and: [{ collection: { equals: collection } }, { docId: { equals: id } }],
})

/** Takes a document out of the index (it was unpublished or deleted). */
export const removeSearchEntry = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  id: string,
): Promise<void> => {
  // The adapter's own bulk delete: index rows have no hooks to run and are never read back.
  await req.payload.db.deleteMany({ collection: SEARCH_INDEX, where: entryOf(collection, id), req })
  await fullTextStore(req.payload).remove(req, collection, id)
}

/** Writes a published document's rows, built from `doc` (its old rows are gone); returns how many. */
const insertSearchRows = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  doc: SourceDocument,
): Promise<number> => {
  const rows = documentRows(req.payload, collection, doc)
  for (const data of rows) {
    // The adapter's own create, as for the delete: index rows have no hooks or validation to
    // run and are never read back, and a row holds a thousand or more keys, which Payload's
    // operation would otherwise walk field by field and return.
    await req.payload.db.create({
      collection: SEARCH_INDEX,
      data: { ...data, terms: withRowIds(data.terms ?? []) },
      returning: false,
      req,
    })
  }
  await fullTextStore(req.payload).replace(req, collection, String(doc.id), fullTextRows(rows))
  return rows.length
}

/** Replaces a published document's rows with ones built from `doc`; returns how many. */
export const writeSearchEntry = async (
  req: PayloadRequest,
  collection: SearchableSlug,
  doc: SourceDocument,
): Promise<number> => {
  await removeSearchEntry(req, collection, String(doc.id))
  return insertSearchRows(req, collection, doc)
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
    where: { and: [...(entryOf(collection, id).and ?? []), { chunk: { equals: 0 } }] },
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
  await writeSearchEntry(req, collection, live)
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
    where: {
      and: [
        { collection: { equals: collection } },
        { docId: { in: ids } },
        { chunk: { equals: 0 } },
      ],
    },
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
    where: { and: [{ collection: { equals: collection } }, { docId: { in: stale } }] },
    req,
  })
  const adapter = sqlAdapterOf(req.payload)
  const documents = stale.flatMap((id) => live.get(id) ?? [])
  if (adapter) await insertSearchRowsTogether(adapter, req, collection, documents)
  for (const id of stale) {
    const doc = live.get(id)
    if (!doc) {
      // No longer public: its full-text rows go with its index rows.
      await fullTextStore(req.payload).remove(req, collection, id)
    } else if (!adapter) await insertSearchRows(req, collection, doc)
  }
}

/**
 * `insertSearchRows` for many documents on a SQL database: every document's index rows in one
 * insert, then all of their terms in another (each as many statements as the parameter limits
 * need), instead of two statements and a traversal of a thousand keys per row; then each
 * document's full-text rows.
 */
const insertSearchRowsTogether = async (
  adapter: DrizzleAdapter,
  req: PayloadRequest,
  collection: SearchableSlug,
  docs: SourceDocument[],
): Promise<void> => {
  const tableName = tableNameOf(adapter, SEARCH_INDEX)
  const now = new Date().toISOString()
  const built = docs.map((doc) => ({ doc, rows: documentRows(req.payload, collection, doc) }))
  const keyOf = (row: { docId: unknown; chunk: unknown; readerLocales: unknown }) =>
    `${String(row.docId)}/${Number(row.chunk)}/${String(row.readerLocales)}`
  const rows = built.flatMap(({ rows: documentRows }) => documentRows)
  const written = await insertSearchIndexRows(adapter, req, tableName, rows, now)
  const idOf = new Map(written.map((row) => [keyOf(row as never), row.id]))
  const terms = rows.flatMap((row) =>
    withRowIds(row.terms ?? []).map(({ id, term }, index) => ({
      _order: index + 1,
      _parentID: idOf.get(keyOf(row)),
      id,
      term,
    })),
  )
  await insertRowsFromJson(adapter, req, `${tableName}_terms`, terms)
  for (const { doc, rows: documentRows } of built) {
    await fullTextStore(req.payload).replace(
      req,
      collection,
      String(doc.id),
      fullTextRows(documentRows),
    )
  }
}

const insertSearchIndexRows = (
  adapter: DrizzleAdapter,
  req: PayloadRequest,
  tableName: string,
  rows: SearchIndexData[],
  now: string,
) =>
  insertRowsReturning(
    adapter,
    req,
    tableName,
    rows.map(({ terms: _terms, ...row }) => ({ ...row, createdAt: now, updatedAt: now })),
    ['id', 'docId', 'chunk', 'readerLocales'],
  )
