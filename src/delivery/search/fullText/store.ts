import { createHash } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { up as createPostgresTable } from '@/migrations/postgres/20261207_120000_search_full_text'
import { up as createSqliteTable } from '@/migrations/sqlite/20261207_120000_search_full_text'

import { mongoStore } from './mongodb'
import type { FullTextRow, StoredPart, TokenQuery } from './tokens'
import { BODY_WEIGHT, fts5Expression, HEAD_WEIGHT, tsqueryText } from './tokens'

/**
 * The database's own full-text index of the search index (docs/delivery.md, Search): one row per
 * published document and set of locales, holding the project's lookup keys as space-separated
 * tokens and the texts ranking and snippets need. Written beside the `search-index` collection by
 * the same hooks and effects.
 *
 * SQLite: an FTS5 table. Its name starts with `libsql_` because drizzle-kit's schema push leaves
 * such tables (and the FTS5 tables behind them) alone; any other name it would offer to drop.
 * PostgreSQL: a table with `tsvector` columns and GIN indexes, kept out of the push by the
 * adapter's `tablesFilter` (src/database.ts). MongoDB: a collection with a text index
 * (./mongodb.ts).
 *
 * The tables are defined once, by their migrations (src/migrations/{sqlite,postgres}/
 * 20261207_120000_search_full_text.ts); where the schema is pushed instead (development, tests),
 * `ensureSchema` runs the same `up`. A later change to the table is a new migration, run here too.
 */
export const SQLITE_TABLE = 'libsql_search_fts'
export const POSTGRES_TABLE = 'search_fts'

export type FullTextFilter = {
  locale: string
  collections: string[]
  /** ISO dates: `sortDate >= from`, `sortDate < to`. */
  from?: string
  to?: string
}

/** A matching document's head, as the first query returns it. */
export type FullTextHead = {
  key: number | string
  collection: string
  docId: string
  slug: null | string
  sortDate: null | string
  title: string
  titlePinyin: string
  summary: string
  summaryPinyin: string
}

export type FullTextDocument = { collection: string; docId: string }

export type FullTextStore = {
  ensureSchema: () => Promise<void>
  replace: (
    req: PayloadRequest | undefined,
    collection: string,
    docId: string,
    rows: FullTextRow[],
  ) => Promise<void>
  remove: (req: PayloadRequest | undefined, collection: string, docId: string) => Promise<void>
  /** Every document with rows (`npm run search:reindex` drops those it did not write). */
  documents: () => Promise<FullTextDocument[]>
  /** Empties the table (the index is lost: `npm run search:reindex` fills it again). */
  clear: () => Promise<void>
  /** The best `limit` matches from `offset`, by the database's rank. */
  match: (
    query: TokenQuery,
    filter: FullTextFilter,
    limit: number,
    offset: number,
  ) => Promise<FullTextHead[]>
  /** Matching documents per collection (every searchable collection, whatever `filter.collections`). */
  facets: (
    query: TokenQuery,
    filter: Omit<FullTextFilter, 'collections'>,
  ) => Promise<Record<string, number>>
  parts: (keys: (number | string)[]) => Promise<Map<string, StoredPart[]>>
  /** Titles one of whose suggestion tokens starts with `prefix`. */
  suggest: (prefix: string, filter: FullTextFilter, limit: number) => Promise<FullTextHead[]>
}

type Row = Record<string, unknown>

const toHead = (row: Row): FullTextHead => ({
  key: row.key as number | string,
  collection: String(row.collection),
  docId: String(row.doc_id),
  slug: (row.slug as null | string) ?? null,
  sortDate:
    row.sort_date instanceof Date
      ? row.sort_date.toISOString()
      : ((row.sort_date as null | string) ?? null),
  title: String(row.title ?? ''),
  titlePinyin: String(row.title_pinyin ?? ''),
  summary: String(row.summary ?? ''),
  summaryPinyin: String(row.summary_pinyin ?? ''),
})

const parsedParts = (value: unknown): StoredPart[] =>
  (typeof value === 'string' ? JSON.parse(value) : value) as StoredPart[]

const HEAD_COLUMNS = sql.raw(
  'collection, doc_id, slug, sort_date, title, title_pinyin, summary, summary_pinyin',
)

const list = (values: SQL[]) => sql.join(values, sql`, `)

/** What the two SQL databases do differently; the queries around it are the same. */
type Dialect = {
  table: SQL
  /** The column that keys a row: SQLite's `rowid`, PostgreSQL's `id`. */
  key: SQL
  keyValue: (key: number | string) => SQL
  run: (req: PayloadRequest | undefined, statement: SQL) => Promise<void>
  all: (statement: SQL) => Promise<Row[]>
  createTable: () => Promise<void>
  isInLocale: (locale: string) => SQL
  date: (iso: string) => SQL
  matches: (query: TokenQuery) => SQL
  /** Best first in ascending order. */
  rank: (query: TokenQuery) => SQL
  suggests: (prefix: string) => SQL
  /** The rows of one document, for a `WHERE`. */
  ofDocument: (collection: string, docId: string) => SQL
  insert: (collection: string, docId: string, rows: FullTextRow[]) => SQL[]
}

/** A document's rows get rowids from its key: deleting them needs no scan of the table. */
const ROWS_PER_DOCUMENT = 8
const documentRowid = (collection: string, docId: string): number =>
  Number.parseInt(
    createHash('sha256').update(`${collection}/${docId}`).digest('hex').slice(0, 12),
    16,
  ) * ROWS_PER_DOCUMENT

const sqliteDialect = (payload: Payload): Dialect => {
  const adapter = payload.db as unknown as SQLiteAdapter
  const table = sql.raw(SQLITE_TABLE)
  return {
    table,
    key: sql.raw('rowid'),
    keyValue: (key) => sql`${Number(key)}`,
    run: async (req, statement) => {
      const db = ((req?.transactionID && adapter.sessions[await req.transactionID]?.db) ||
        adapter.drizzle) as SQLiteAdapter['drizzle']
      await db.run(statement)
    },
    all: async (statement) => (await adapter.drizzle.all(statement)) as Row[],
    createTable: async () =>
      createSqliteTable({ db: adapter.drizzle, payload, req: await createLocalReq({}, payload) }),
    isInLocale: (locale) => sql`(' ' || locales || ' ') LIKE ${`% ${locale} %`}`,
    date: (iso) => sql`${iso}`,
    matches: (query) => sql`${table} MATCH ${`{head body} : (${fts5Expression(query)})`}`,
    // bm25 is lower for better matches; the unindexed columns weigh nothing.
    rank: () =>
      sql`bm25(${table}, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${HEAD_WEIGHT}, ${BODY_WEIGHT}, 0, 0)`,
    suggests: (prefix) => sql`${table} MATCH ${`suggest : "${prefix}" *`}`,
    ofDocument: (collection, docId) => {
      const first = documentRowid(collection, docId)
      return sql`rowid >= ${first} AND rowid < ${first + ROWS_PER_DOCUMENT}`
    },
    insert: (collection, docId, rows) => {
      const first = documentRowid(collection, docId)
      return rows.slice(0, ROWS_PER_DOCUMENT).map(
        (row, index) => sql`INSERT INTO ${table} (rowid, collection, doc_id, locales, sort_date,
          slug, title, title_pinyin, summary, summary_pinyin, head, body, suggest, parts) VALUES (
          ${first + index}, ${row.collection}, ${row.docId}, ${row.locales}, ${row.sortDate},
          ${row.slug}, ${row.title}, ${row.titlePinyin}, ${row.summary}, ${row.summaryPinyin},
          ${row.head}, ${row.body}, ${row.suggest}, ${JSON.stringify(row.parts)})`,
      )
    },
  }
}

const postgresDialect = (payload: Payload): Dialect => {
  const adapter = payload.db as unknown as PostgresAdapter
  const table = sql.raw(POSTGRES_TABLE)
  const tsquery = (query: TokenQuery) => sql`to_tsquery('simple', ${tsqueryText(query)})`
  // Weights D, C, B, A: the body (D) counts a tenth of the title and summary (A).
  const weights = `{${BODY_WEIGHT / HEAD_WEIGHT}, 0.2, 0.4, 1}`
  return {
    table,
    key: sql.raw('id'),
    keyValue: (key) => sql`${String(key)}`,
    run: async (req, statement) => {
      const db =
        (req?.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
      await db.execute(statement)
    },
    all: async (statement) => (await adapter.drizzle.execute(statement)).rows as Row[],
    createTable: async () =>
      createPostgresTable({ db: adapter.drizzle, payload, req: await createLocalReq({}, payload) }),
    isInLocale: (locale) => sql`${locale} = ANY(string_to_array(locales, ' '))`,
    date: (iso) => sql`${iso}::timestamptz`,
    matches: (query) => sql`tokens @@ ${tsquery(query)}`,
    rank: (query) => sql`-ts_rank_cd(${weights}::float4[], tokens, ${tsquery(query)})`,
    suggests: (prefix) => sql`suggest @@ to_tsquery('simple', ${`${prefix}:*`})`,
    ofDocument: (collection, docId) => sql`collection = ${collection} AND doc_id = ${docId}`,
    insert: (collection, docId, rows) =>
      rows.map(
        // A key of the app's making, not a sequence: the push would offer to drop one.
        (row, index) => sql`INSERT INTO ${table} (id, collection, doc_id, locales, sort_date, slug,
          title, title_pinyin, summary, summary_pinyin, parts, tokens, suggest) VALUES (
          ${`${collection}/${docId}/${index}`}, ${row.collection}, ${row.docId}, ${row.locales},
          ${row.sortDate}::timestamptz,
          ${row.slug}, ${row.title}, ${row.titlePinyin}, ${row.summary}, ${row.summaryPinyin},
          ${JSON.stringify(row.parts)}::jsonb,
          setweight(to_tsvector('simple', ${row.head}), 'A') ||
            setweight(to_tsvector('simple', ${row.body}), 'D'),
          to_tsvector('simple', ${row.suggest}))`,
      ),
  }
}

const sqlStore = (dialect: Dialect): FullTextStore => {
  const { table, key, all } = dialect
  const where = ({ locale, collections, from, to }: Partial<FullTextFilter>) => {
    const conditions = locale ? [dialect.isInLocale(locale)] : []
    if (collections)
      conditions.push(sql`collection IN (${list(collections.map((c) => sql`${c}`))})`)
    if (from) conditions.push(sql`sort_date >= ${dialect.date(from)}`)
    if (to) conditions.push(sql`sort_date < ${dialect.date(to)}`)
    return conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``
  }
  const remove: FullTextStore['remove'] = (req, collection, docId) =>
    dialect.run(req, sql`DELETE FROM ${table} WHERE ${dialect.ofDocument(collection, docId)}`)
  return {
    ensureSchema: dialect.createTable,
    clear: () => dialect.run(undefined, sql`DELETE FROM ${table}`),
    documents: async () =>
      (await all(sql`SELECT DISTINCT collection, doc_id FROM ${table}`)).map((row) => ({
        collection: String(row.collection),
        docId: String(row.doc_id),
      })),
    remove,
    replace: async (req, collection, docId, rows) => {
      await remove(req, collection, docId)
      for (const statement of dialect.insert(collection, docId, rows)) {
        await dialect.run(req, statement)
      }
    },
    match: async (query, filter, limit, offset) => {
      // The rank is computed over the index and its keys alone; the texts are read for the
      // page only.
      const rows = await all(sql`SELECT f.${key} AS key, ${HEAD_COLUMNS}
        FROM (SELECT ${key} AS k, ${dialect.rank(query)} AS rank FROM ${table}
          WHERE ${dialect.matches(query)}${where(filter)}
          ORDER BY rank, k LIMIT ${limit} OFFSET ${offset}) AS m
        JOIN ${table} AS f ON f.${key} = m.k ORDER BY m.rank, m.k`)
      return rows.map(toHead)
    },
    facets: async (query, filter) => {
      const rows = await all(sql`SELECT collection, count(*) AS count FROM ${table}
        WHERE ${dialect.matches(query)}${where(filter)} GROUP BY collection`)
      return Object.fromEntries(rows.map((row) => [String(row.collection), Number(row.count)]))
    },
    parts: async (keys) => {
      if (!keys.length) return new Map()
      const rows = await all(sql`SELECT ${key} AS key, parts FROM ${table}
        WHERE ${key} IN (${list(keys.map(dialect.keyValue))})`)
      return new Map(rows.map((row) => [String(row.key), parsedParts(row.parts)]))
    },
    suggest: async (prefix, filter, limit) => {
      const rows = await all(sql`SELECT ${key} AS key, ${HEAD_COLUMNS} FROM ${table}
        WHERE ${dialect.suggests(prefix)}${where(filter)}
        ORDER BY length(title), sort_date DESC NULLS LAST LIMIT ${limit}`)
      return rows.map(toHead)
    },
  }
}

const stores = new WeakMap<Payload, FullTextStore | null>()

/** The full-text store of Payload's database: SQLite, PostgreSQL or MongoDB. */
export const fullTextStore = (payload: Payload): FullTextStore | null => {
  if (!stores.has(payload)) {
    const name = payload.db.name
    stores.set(
      payload,
      name === 'sqlite'
        ? sqlStore(sqliteDialect(payload))
        : name === 'postgres'
          ? sqlStore(postgresDialect(payload))
          : name === 'mongoose'
            ? mongoStore(payload)
            : null,
    )
  }
  return stores.get(payload) ?? null
}
