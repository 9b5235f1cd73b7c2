import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SourceDocument } from './documentRows'
import { sourceSelect } from './documentRows'
import { fullTextStore } from './fullText/store'
import { removeSearchEntry, SEARCH_INDEX, writeSearchEntries } from './indexEntry'
import type { SearchableSlug } from './sources'
import { isSearchableSlug, SEARCHABLE_COLLECTIONS } from './sources'

export type ReindexReport = {
  /** Published documents indexed, per collection. */
  documents: Record<SearchableSlug, number>
  rows: number
  /** Documents whose rows were left over (no longer published or searched) and were removed. */
  removed: number
  milliseconds: number
}

const PAGE_SIZE = 50

/** Old rows go and new ones come in one transaction: search never misses a document. */
const replaceAtomically = async <T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> => {
  const isOwnTransaction = await initTransaction(req)
  try {
    const result = await write()
    if (isOwnTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (isOwnTransaction) await killTransaction(req)
    throw error
  }
}

/**
 * Rebuilds the index from the published content, a page of documents at a time (their rows are
 * replaced, so search keeps working meanwhile), then drops every row it did not write: of
 * documents no longer published and of collections no longer searched, in the `search-index`
 * collection and in the full-text table alike. Returns what it did.
 */
export const rebuildSearchIndex = async (payload: Payload): Promise<ReindexReport> => {
  const started = Date.now()
  const req: PayloadRequest = await createLocalReq({}, payload)
  const documents = Object.fromEntries(SEARCHABLE_COLLECTIONS.map((slug) => [slug, 0])) as Record<
    SearchableSlug,
    number
  >
  const indexed = new Set<string>()
  let rows = 0

  for (const collection of SEARCHABLE_COLLECTIONS) {
    for (let page = 1, hasNextPage = true; hasNextPage; page += 1) {
      // Access skipped: the system indexes what every reader may see, as no one in particular.
      const result = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        draft: false,
        locale: 'all',
        depth: 0,
        select: sourceSelect(collection),
        sort: 'createdAt',
        limit: PAGE_SIZE,
        page,
        overrideAccess: true,
        req,
      })
      const docs = result.docs as unknown as SourceDocument[]
      // A page of documents per transaction: their old rows go and their new ones come together
      // (one delete and one multi-row insert of index rows), and the database commits (and, on
      // SQLite, FTS5 writes a segment) once a page.
      rows += await replaceAtomically(req, () => writeSearchEntries(req, collection, docs))
      for (const doc of docs) {
        indexed.add(`${collection}/${doc.id}`)
        documents[collection] += 1
      }
      hasNextPage = result.hasNextPage
    }
  }

  // Left over: rows of documents no longer published (deleted, unpublished or imported behind
  // Payload's back) or of a collection no longer searched, in the index or in its full-text table.
  const { docs: heads } = await payload.find({
    collection: SEARCH_INDEX,
    where: { chunk: { equals: 0 } },
    select: { collection: true, docId: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const fullText = await fullTextStore(payload).documents()
  const leftOver = [
    ...new Set(
      [...heads, ...fullText]
        .map(({ collection, docId }) => `${collection}/${docId}`)
        .filter((key) => !indexed.has(key)),
    ),
  ]
  for (const key of leftOver) {
    const at = key.indexOf('/')
    const [collection, docId] = [key.slice(0, at), key.slice(at + 1)]
    // The index's `collection` only holds searchable slugs (an enum on PostgreSQL).
    if (isSearchableSlug(collection)) await removeSearchEntry(req, collection, docId)
    else await fullTextStore(payload).remove(req, collection, docId)
  }
  return { documents, rows, removed: leftOver.length, milliseconds: Date.now() - started }
}

export const formatReindexReport = ({ documents, rows, removed, milliseconds }: ReindexReport) => {
  const total = Object.values(documents).reduce((sum, count) => sum + count, 0)
  const perCollection = SEARCHABLE_COLLECTIONS.map((slug) => `${documents[slug]} ${slug}`).join(
    ', ',
  )
  const leftOver = removed ? `; removed ${removed} no longer published or searched` : ''
  return `Search index: ${total} published documents (${perCollection}) in ${rows} rows${leftOver}, ${(milliseconds / 1000).toFixed(1)} s`
}
