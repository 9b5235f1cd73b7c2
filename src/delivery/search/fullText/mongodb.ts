import type { FullTextRow, TokenQuery } from './tokens'

/**
 * The full-text index on MongoDB, written to the same plan as SQLite's and PostgreSQL's but not
 * wired in: this project's tests cannot run MongoDB's text search (docs/delivery.md, Search), so
 * search on MongoDB looks keys up through the `search-index` collection. To use it, keep a
 * `search_fts` collection of `FullTextRow`s beside the index (as ./store.ts does for SQL) with this
 * index, and query it with `textQuery`.
 *
 * `default_language: 'none'` stops MongoDB from stemming or dropping stop words: the tokens are
 * the project's own keys (./tokens.ts), already folded, and must match exactly.
 */
export const MONGODB_TEXT_INDEX = {
  keys: { head: 'text', body: 'text' },
  options: {
    name: 'search_fts_text',
    default_language: 'none',
    // As on SQL: a key in the title or summary counts ten times one in the body.
    weights: { head: 10, body: 1 },
  },
} as const

export type MongoFullTextDocument = Omit<FullTextRow, 'parts'> & {
  parts: FullTextRow['parts']
  sortDate: Date | null
}

/**
 * A `$text` query for the documents holding the keys of every word. `$text` has no OR inside an
 * AND, so it finds documents holding any key, best first by `textScore`; the ranking rules
 * (../search.ts) then keep those that hold every word, as they do for the SQL stores' candidates.
 */
export const textQuery = (
  query: TokenQuery,
  {
    locale,
    collections,
    from,
    to,
  }: { locale: string; collections: string[]; from?: string; to?: string },
) => {
  const keys = [...new Set(query.flat(3))]
  const sortDate = {
    ...(from ? { $gte: new Date(from) } : {}),
    ...(to ? { $lt: new Date(to) } : {}),
  }
  return {
    filter: {
      $text: { $search: keys.join(' ') },
      collection: { $in: collections },
      locales: { $regex: `(^| )${locale}( |$)` },
      ...(from || to ? { sortDate } : {}),
    },
    projection: { score: { $meta: 'textScore' }, parts: 0 },
    sort: { score: { $meta: 'textScore' } },
  }
}
