import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, PayloadRequest } from 'payload'

import type { FullTextDocument, FullTextFilter, FullTextHead, FullTextStore } from './store'
import type { FullTextRow, StoredPart, TokenQuery } from './tokens'
import { BODY_WEIGHT, HEAD_WEIGHT } from './tokens'

/**
 * The full-text index on MongoDB: a `search_fts` collection of the same rows as the SQL tables,
 * with a text index over the same tokens. Written to the same plan as SQLite's and PostgreSQL's,
 * and unit-tested for what it builds (tests/unit/searchFullText.unit.spec.ts), but not run
 * against a MongoDB server in this project's tests (docs/delivery.md, Search).
 *
 * `default_language: 'none'` stops MongoDB from stemming or dropping stop words: the tokens are
 * the project's own keys (./tokens.ts), already folded, and must match exactly. `$text` finds the
 * documents holding any of its words, so the documents holding the keys of every word are chosen
 * by a condition on `tokens` (the same keys as an array, with an ordinary index) beside it, and
 * `textScore` ranks them.
 */
export const MONGODB_COLLECTION = 'search_fts'

export const MONGODB_INDEXES = [
  {
    key: { head: 'text', body: 'text' },
    name: 'search_fts_text',
    default_language: 'none',
    // As on SQL: a key in the title or summary counts ten times one in the body.
    weights: { head: HEAD_WEIGHT, body: BODY_WEIGHT },
  },
  { key: { tokens: 1 }, name: 'search_fts_tokens' },
  { key: { suggest: 1 }, name: 'search_fts_suggest' },
  { key: { collection: 1, docId: 1 }, name: 'search_fts_doc' },
] as const

export type MongoFullTextDocument = Omit<FullTextRow, 'locales' | 'sortDate' | 'suggest'> & {
  _id: string
  locales: string[]
  sortDate: Date | null
  tokens: string[]
  suggest: string[]
}

const words = (text: string) => text.split(' ').filter(Boolean)

/** The documents of one published document's rows, keyed as PostgreSQL's rows are. */
export const mongoDocuments = (
  collection: string,
  docId: string,
  rows: FullTextRow[],
): MongoFullTextDocument[] =>
  rows.map((row, index) => ({
    ...row,
    _id: `${collection}/${docId}/${index}`,
    locales: words(row.locales),
    sortDate: row.sortDate ? new Date(row.sortDate) : null,
    tokens: [...new Set([...words(row.head), ...words(row.body)])],
    suggest: words(row.suggest),
  }))

/** The filter of a search: every word's keys, the locale, the collections and the dates. */
export const mongoMatchFilter = (
  query: TokenQuery,
  { locale, collections, from, to }: Partial<FullTextFilter>,
): Record<string, unknown> => ({
  $text: { $search: [...new Set(query.flat(3))].join(' ') },
  $and: query.map((alternatives) => ({
    $or: alternatives.map((choices) => ({
      $and: choices.map((keys) => ({ tokens: { $in: keys } })),
    })),
  })),
  ...scope({ locale, collections, from, to }),
})

const scope = ({ locale, collections, from, to }: Partial<FullTextFilter>) => ({
  ...(locale ? { locales: locale } : {}),
  ...(collections ? { collection: { $in: collections } } : {}),
  ...(from || to
    ? {
        sortDate: {
          ...(from ? { $gte: new Date(from) } : {}),
          ...(to ? { $lt: new Date(to) } : {}),
        },
      }
    : {}),
})

const HEAD_PROJECTION = {
  collection: 1,
  docId: 1,
  slug: 1,
  sortDate: 1,
  title: 1,
  titlePinyin: 1,
  summary: 1,
  summaryPinyin: 1,
} as const

/** The page of best matches: `textScore` first, then the key, as the SQL stores order them. */
export const mongoMatchPipeline = (
  query: TokenQuery,
  filter: FullTextFilter,
  limit: number,
  offset: number,
) => [
  { $match: mongoMatchFilter(query, filter) },
  { $sort: { score: { $meta: 'textScore' }, _id: 1 } },
  { $skip: offset },
  { $limit: limit },
  { $project: HEAD_PROJECTION },
]

export const mongoFacetsPipeline = (
  query: TokenQuery,
  filter: Omit<FullTextFilter, 'collections'>,
) => [
  { $match: mongoMatchFilter(query, filter) },
  { $group: { _id: '$collection', count: { $sum: 1 } } },
]

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Titles by a prefix of a suggestion token (an anchored regex uses the index), shortest first. */
export const mongoSuggestPipeline = (prefix: string, filter: FullTextFilter, limit: number) => [
  { $match: { suggest: { $regex: `^${escapeRegex(prefix)}` }, ...scope(filter) } },
  { $addFields: { titleLength: { $strLenCP: '$title' } } },
  { $sort: { titleLength: 1, sortDate: -1, _id: 1 } },
  { $limit: limit },
  { $project: HEAD_PROJECTION },
]

type Stored = Partial<MongoFullTextDocument> & { _id: string }

const toHead = (doc: Stored): FullTextHead => ({
  key: doc._id,
  collection: String(doc.collection),
  docId: String(doc.docId),
  slug: doc.slug ?? null,
  sortDate: doc.sortDate ? new Date(doc.sortDate).toISOString() : null,
  title: doc.title ?? '',
  titlePinyin: doc.titlePinyin ?? '',
  summary: doc.summary ?? '',
  summaryPinyin: doc.summaryPinyin ?? '',
})

export const mongoStore = (payload: Payload): FullTextStore => {
  const adapter = payload.db as unknown as MongooseAdapter
  const collection = () => {
    const db = adapter.connection.db
    if (!db) throw new Error('search: MongoDB is not connected')
    return db.collection<Stored>(MONGODB_COLLECTION)
  }
  // Inside the request's transaction, if it has one.
  const sessionOf = async (req?: PayloadRequest) => {
    const session = req?.transactionID ? adapter.sessions[await req.transactionID] : undefined
    return session ? { session } : {}
  }
  const remove: FullTextStore['remove'] = async (req, slug, docId) => {
    await collection().deleteMany({ collection: slug, docId }, await sessionOf(req))
  }
  return {
    ensureSchema: async () => {
      await collection().createIndexes(
        MONGODB_INDEXES.map((index) => ({ ...index })) as Parameters<
          ReturnType<typeof collection>['createIndexes']
        >[0],
      )
    },
    clear: async () => {
      await collection().deleteMany({})
    },
    documents: async () => {
      const docs = await collection()
        .aggregate<{
          _id: FullTextDocument
        }>([{ $group: { _id: { collection: '$collection', docId: '$docId' } } }])
        .toArray()
      return docs.map(({ _id }) => _id)
    },
    remove,
    replace: async (req, slug, docId, rows) => {
      await remove(req, slug, docId)
      if (rows.length) {
        await collection().insertMany(mongoDocuments(slug, docId, rows), await sessionOf(req))
      }
    },
    match: async (query, filter, limit, offset) =>
      (
        await collection()
          .aggregate<Stored>(mongoMatchPipeline(query, filter, limit, offset))
          .toArray()
      ).map(toHead),
    facets: async (query, filter) => {
      const groups = await collection()
        .aggregate<{ _id: string; count: number }>(mongoFacetsPipeline(query, filter))
        .toArray()
      return Object.fromEntries(groups.map(({ _id, count }) => [_id, count]))
    },
    parts: async (keys) => {
      const docs = await collection()
        .find({ _id: { $in: keys.map(String) } }, { projection: { parts: 1 } })
        .toArray()
      return new Map(docs.map((doc) => [doc._id, (doc.parts ?? []) as StoredPart[]]))
    },
    suggest: async (prefix, filter, limit) =>
      (
        await collection()
          .aggregate<Stored>(mongoSuggestPipeline(prefix, filter, limit))
          .toArray()
      ).map(toHead),
  }
}
