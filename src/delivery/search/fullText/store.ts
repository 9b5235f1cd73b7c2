import { createHash } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import type { FullTextRow, StoredPart, TokenQuery } from './tokens'
import { fts5Expression, tsqueryText } from './tokens'

/**
 * The database's own full-text index of the search index (docs/delivery.md, Search): one row per
 * published document and set of locales, holding the project's lookup keys as space-separated
 * tokens and the texts ranking and snippets need. Written beside the `search-index` collection by
 * the same hooks and effects; created by the migrations (src/migrations/*), and on start-up where
 * the schema is pushed instead (development, tests).
 *
 * SQLite: an FTS5 table. Its name starts with `libsql_` because drizzle-kit's schema push leaves
 * such tables (and the FTS5 tables behind them) alone; any other name it would offer to drop.
 * PostgreSQL: a table with `tsvector` columns and GIN indexes, kept out of the push by the
 * adapter's `tablesFilter` (src/database.ts).
 */
export const SQLITE_TABLE = 'libsql_search_fts'
export const POSTGRES_TABLE = 'search_fts'

export const SQLITE_SCHEMA = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${SQLITE_TABLE} USING fts5(
  collection UNINDEXED, doc_id UNINDEXED, locales UNINDEXED, sort_date UNINDEXED, slug UNINDEXED,
  title UNINDEXED, title_pinyin UNINDEXED, summary UNINDEXED, summary_pinyin UNINDEXED,
  head, body, suggest, parts UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0'
)`,
]
export const SQLITE_SCHEMA_DOWN = [`DROP TABLE IF EXISTS ${SQLITE_TABLE}`]

export const POSTGRES_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${POSTGRES_TABLE} (
  id varchar PRIMARY KEY,
  collection varchar NOT NULL,
  doc_id varchar NOT NULL,
  locales varchar NOT NULL,
  sort_date timestamp(3) with time zone,
  slug varchar,
  title varchar NOT NULL,
  title_pinyin varchar NOT NULL,
  summary varchar NOT NULL,
  summary_pinyin varchar NOT NULL,
  parts jsonb NOT NULL,
  tokens tsvector NOT NULL,
  suggest tsvector NOT NULL
)`,
  `CREATE INDEX IF NOT EXISTS ${POSTGRES_TABLE}_tokens_idx ON ${POSTGRES_TABLE} USING gin (tokens)`,
  `CREATE INDEX IF NOT EXISTS ${POSTGRES_TABLE}_suggest_idx ON ${POSTGRES_TABLE} USING gin (suggest)`,
  `CREATE INDEX IF NOT EXISTS ${POSTGRES_TABLE}_doc_idx ON ${POSTGRES_TABLE} (collection, doc_id)`,
]
export const POSTGRES_SCHEMA_DOWN = [`DROP TABLE IF EXISTS ${POSTGRES_TABLE}`]

/** Column weights: a key in the title or summary counts ten times one in the body (query/rank.ts). */
const HEAD_WEIGHT = 10
const BODY_WEIGHT = 1

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

export type FullTextStore = {
  ensureSchema: () => Promise<void>
  replace: (
    req: PayloadRequest | undefined,
    collection: string,
    docId: string,
    rows: FullTextRow[],
  ) => Promise<void>
  remove: (req: PayloadRequest | undefined, collection: string, docId: string) => Promise<void>
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

/** A document's rows get rowids from its key: deleting them needs no scan of the table. */
const ROWS_PER_DOCUMENT = 8
const documentRowid = (collection: string, docId: string): number =>
  Number.parseInt(
    createHash('sha256').update(`${collection}/${docId}`).digest('hex').slice(0, 12),
    16,
  ) * ROWS_PER_DOCUMENT

const sqliteStore = (payload: Payload): FullTextStore => {
  const adapter = payload.db as unknown as SQLiteAdapter
  const dbOf = async (req?: PayloadRequest): Promise<SQLiteAdapter['drizzle']> =>
    ((req?.transactionID && adapter.sessions[await req.transactionID]?.db) ||
      adapter.drizzle) as SQLiteAdapter['drizzle']
  const all = async (statement: ReturnType<typeof sql>): Promise<Row[]> =>
    (await adapter.drizzle.all(statement)) as Row[]
  const table = sql.raw(SQLITE_TABLE)
  const conditions = ({ locale, collections, from, to }: Partial<FullTextFilter>) => {
    const parts = [sql`(' ' || locales || ' ') LIKE ${`% ${locale} %`}`]
    if (collections) {
      parts.push(
        sql`collection IN (${sql.join(
          collections.map((c) => sql`${c}`),
          sql`, `,
        )})`,
      )
    }
    if (from) parts.push(sql`sort_date >= ${from}`)
    if (to) parts.push(sql`sort_date < ${to}`)
    return sql.join(parts, sql` AND `)
  }
  const matching = (query: TokenQuery) => `{head body} : (${fts5Expression(query)})`
  const remove = async (req: PayloadRequest | undefined, collection: string, docId: string) => {
    const first = documentRowid(collection, docId)
    const db = await dbOf(req)
    await db.run(
      sql`DELETE FROM ${table} WHERE rowid >= ${first} AND rowid < ${first + ROWS_PER_DOCUMENT}`,
    )
  }
  return {
    ensureSchema: async () => {
      for (const statement of SQLITE_SCHEMA) await adapter.drizzle.run(sql.raw(statement))
    },
    clear: async () => {
      await adapter.drizzle.run(sql`DELETE FROM ${table}`)
    },
    remove,
    replace: async (req, collection, docId, rows) => {
      await remove(req, collection, docId)
      const first = documentRowid(collection, docId)
      const db = await dbOf(req)
      for (const [index, row] of rows.slice(0, ROWS_PER_DOCUMENT).entries()) {
        await db.run(sql`INSERT INTO ${table} (rowid, collection, doc_id, locales, sort_date, slug,
          title, title_pinyin, summary, summary_pinyin, head, body, suggest, parts) VALUES (
          ${first + index}, ${row.collection}, ${row.docId}, ${row.locales}, ${row.sortDate},
          ${row.slug}, ${row.title}, ${row.titlePinyin}, ${row.summary}, ${row.summaryPinyin},
          ${row.head}, ${row.body}, ${row.suggest}, ${JSON.stringify(row.parts)})`)
      }
    },
    match: async (query, filter, limit, offset) => {
      // The rank is computed over the index alone; the texts are read for the page only.
      const rows = await all(sql`SELECT f.rowid AS key, f.collection, f.doc_id, f.slug,
          f.sort_date, f.title, f.title_pinyin, f.summary, f.summary_pinyin
        FROM (SELECT rowid, bm25(${table}, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${HEAD_WEIGHT}, ${BODY_WEIGHT}, 0, 0) AS rank
          FROM ${table} WHERE ${table} MATCH ${matching(query)} AND ${conditions(filter)}
          ORDER BY rank LIMIT ${limit} OFFSET ${offset}) AS m
        JOIN ${table} AS f ON f.rowid = m.rowid ORDER BY m.rank`)
      return rows.map(toHead)
    },
    facets: async (query, filter) => {
      const rows = await all(sql`SELECT collection, count(*) AS count FROM ${table}
        WHERE ${table} MATCH ${matching(query)} AND ${conditions(filter)} GROUP BY collection`)
      return Object.fromEntries(rows.map((row) => [String(row.collection), Number(row.count)]))
    },
    parts: async (keys) => {
      if (!keys.length) return new Map()
      const rows = await all(sql`SELECT rowid AS key, parts FROM ${table}
        WHERE rowid IN (${sql.join(
          keys.map((key) => sql`${Number(key)}`),
          sql`, `,
        )})`)
      return new Map(rows.map((row) => [String(row.key), parsedParts(row.parts)]))
    },
    suggest: async (prefix, filter, limit) => {
      const rows = await all(sql`SELECT rowid AS key, collection, doc_id, slug, sort_date, title,
          title_pinyin, summary, summary_pinyin
        FROM ${table} WHERE ${table} MATCH ${`suggest : "${prefix}" *`} AND ${conditions(filter)}
        ORDER BY length(title), sort_date DESC LIMIT ${limit}`)
      return rows.map(toHead)
    },
  }
}

const postgresStore = (payload: Payload): FullTextStore => {
  const adapter = payload.db as unknown as PostgresAdapter
  const dbOf = async (req?: PayloadRequest) =>
    (req?.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
  const all = async (statement: ReturnType<typeof sql>): Promise<Row[]> =>
    (await adapter.drizzle.execute(statement)).rows as Row[]
  const table = sql.raw(POSTGRES_TABLE)
  const conditions = ({ locale, collections, from, to }: Partial<FullTextFilter>) => {
    const parts = [sql`${locale} = ANY(string_to_array(locales, ' '))`]
    if (collections) {
      parts.push(
        sql`collection IN (${sql.join(
          collections.map((c) => sql`${c}`),
          sql`, `,
        )})`,
      )
    }
    if (from) parts.push(sql`sort_date >= ${from}::timestamptz`)
    if (to) parts.push(sql`sort_date < ${to}::timestamptz`)
    return sql.join(parts, sql` AND `)
  }
  const tsquery = (query: TokenQuery) => sql`to_tsquery('simple', ${tsqueryText(query)})`
  const remove = async (req: PayloadRequest | undefined, collection: string, docId: string) => {
    const db = await dbOf(req)
    await db.execute(
      sql`DELETE FROM ${table} WHERE collection = ${collection} AND doc_id = ${docId}`,
    )
  }
  return {
    ensureSchema: async () => {
      for (const statement of POSTGRES_SCHEMA) await adapter.drizzle.execute(sql.raw(statement))
    },
    clear: async () => {
      await adapter.drizzle.execute(sql`DELETE FROM ${table}`)
    },
    remove,
    replace: async (req, collection, docId, rows) => {
      await remove(req, collection, docId)
      const db = await dbOf(req)
      for (const [index, row] of rows.entries()) {
        // A key of the app's making, not a sequence: the push would offer to drop one.
        await db.execute(sql`INSERT INTO ${table} (id, collection, doc_id, locales, sort_date, slug,
          title, title_pinyin, summary, summary_pinyin, parts, tokens, suggest) VALUES (
          ${`${collection}/${docId}/${index}`}, ${row.collection}, ${row.docId}, ${row.locales},
          ${row.sortDate}::timestamptz,
          ${row.slug}, ${row.title}, ${row.titlePinyin}, ${row.summary}, ${row.summaryPinyin},
          ${JSON.stringify(row.parts)}::jsonb,
          setweight(to_tsvector('simple', ${row.head}), 'A') ||
            setweight(to_tsvector('simple', ${row.body}), 'D'),
          to_tsvector('simple', ${row.suggest}))`)
      }
    },
    match: async (query, filter, limit, offset) => {
      // Weights D, C, B, A: the body (D) counts a tenth of the title and summary (A).
      const weights = `{${BODY_WEIGHT / HEAD_WEIGHT}, 0.2, 0.4, 1}`
      const rows = await all(sql`SELECT id AS key, collection, doc_id, slug, sort_date, title,
          title_pinyin, summary, summary_pinyin
        FROM ${table}, ${tsquery(query)} AS q
        WHERE tokens @@ q AND ${conditions(filter)}
        ORDER BY ts_rank_cd(${weights}::float4[], tokens, q) DESC, id
        LIMIT ${limit} OFFSET ${offset}`)
      return rows.map(toHead)
    },
    facets: async (query, filter) => {
      const rows = await all(sql`SELECT collection, count(*) AS count FROM ${table}
        WHERE tokens @@ ${tsquery(query)} AND ${conditions(filter)} GROUP BY collection`)
      return Object.fromEntries(rows.map((row) => [String(row.collection), Number(row.count)]))
    },
    parts: async (keys) => {
      if (!keys.length) return new Map()
      const rows = await all(sql`SELECT id AS key, parts FROM ${table}
        WHERE id IN (${sql.join(
          keys.map((key) => sql`${String(key)}`),
          sql`, `,
        )})`)
      return new Map(rows.map((row) => [String(row.key), parsedParts(row.parts)]))
    },
    suggest: async (prefix, filter, limit) => {
      const rows = await all(sql`SELECT id AS key, collection, doc_id, slug, sort_date, title,
          title_pinyin, summary, summary_pinyin
        FROM ${table} WHERE suggest @@ to_tsquery('simple', ${`${prefix}:*`})
          AND ${conditions(filter)}
        ORDER BY length(title), sort_date DESC NULLS LAST LIMIT ${limit}`)
      return rows.map(toHead)
    },
  }
}

const stores = new WeakMap<Payload, FullTextStore | null>()

/**
 * The full-text store of Payload's database: SQLite or PostgreSQL. MongoDB has none here: its
 * text index is written (./mongodb.ts) but cannot be run in this project's tests, so search on
 * MongoDB keeps its lookups through the Local API (../search.ts).
 */
export const fullTextStore = (payload: Payload): FullTextStore | null => {
  if (!stores.has(payload)) {
    const name = payload.db.name
    stores.set(
      payload,
      name === 'sqlite'
        ? sqliteStore(payload)
        : name === 'postgres'
          ? postgresStore(payload)
          : null,
    )
  }
  return stores.get(payload) ?? null
}
