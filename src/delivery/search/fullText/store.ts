import { createHash } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { up as createPostgresTable } from '@/migrations/postgres/20261207_120000_search_full_text'
import { up as createSqliteTable } from '@/migrations/sqlite/20261207_120000_search_full_text'
import { up as createSqliteScope } from '@/migrations/sqlite/20261207_130000_search_scope'

import { mongoStore } from './mongodb'
import type { FullTextRow, StoredPart, TokenQuery } from './tokens'
import { anyUnitQuery, BODY_WEIGHT, fts5Expression, HEAD_WEIGHT, tsqueryText } from './tokens'

/**
 * The database's own full-text index of the search index (docs/delivery.md, Search): one row per
 * published document and set of locales, holding the project's lookup keys as space-separated
 * tokens and the texts ranking and snippets need. Written beside the `search-index` collection by
 * the same hooks and effects.
 *
 * SQLite: an FTS5 table, and beside it a table of each row's collection, locales and date
 * (`libsql_search_scope`, keyed by rowid) that filters and counts the matches without reading
 * their stored texts. Their names start with `libsql_` because drizzle-kit's schema push leaves
 * such tables (and the FTS5 tables behind them) alone; any other name it would offer to drop.
 * PostgreSQL: a table with `tsvector` columns and GIN indexes, kept out of the push by the
 * adapter's `tablesFilter` (src/database.ts). MongoDB: a collection with a text index
 * (./mongodb.ts).
 *
 * The tables are defined once, by their migrations (src/migrations/{sqlite,postgres}/
 * 20261207_*_search_*.ts); where the schema is pushed instead (development, tests), `ensureSchema`
 * runs the same `up`s, in order. A later change to the tables is a new migration, run here too.
 */
export const SQLITE_TABLE = 'libsql_search_fts'
export const SQLITE_SCOPE_TABLE = 'libsql_search_scope'
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
  /**
   * The best `limit` matches from `offset`: those with every word in the title or summary by the
   * database's rank, then the others newest first (some of the words there before none).
   */
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

/** The head's columns of the full-text table (as `alias`). */
const headColumns = (alias: string) =>
  sql.raw(
    [
      'collection',
      'doc_id',
      'slug',
      'sort_date',
      'title',
      'title_pinyin',
      'summary',
      'summary_pinyin',
    ]
      .map((column) => `${alias}.${column}`)
      .join(', '),
  )

const list = (values: SQL[]) => sql.join(values, sql`, `)

/**
 * Which of the rows holding every word of the query: those with every word in the title or
 * summary (`head`), with some of them there (`partial`), with none there (`body`), or all.
 */
type MatchTier = 'all' | 'head' | 'partial' | 'body'

/** What the two SQL databases do differently; the queries around it are the same. */
type Dialect = {
  name: string
  table: SQL
  /** The column that keys a row: SQLite's `rowid`, PostgreSQL's `id`. */
  key: SQL
  keyValue: (key: number | string) => SQL
  /** The full-text table joined to where its rows' collection, locales and date are read. */
  from: SQL
  /** The table (or alias) `from` reads the collection, locales and date from. */
  scope: SQL
  run: (req: PayloadRequest | undefined, statements: SQL[]) => Promise<void>
  all: (statement: SQL) => Promise<Row[]>
  createTables: () => Promise<void>
  isInLocale: (locale: string) => SQL
  date: (iso: string) => SQL
  /** Rows holding every word of the query (`tier` narrows them: see `MatchTier`). */
  matches: (query: TokenQuery, tier?: MatchTier) => SQL
  /** Best first in ascending order. */
  rank: (query: TokenQuery) => SQL
  suggests: (prefix: string) => SQL
  remove: (collection: string, docId: string) => SQL[]
  clear: () => SQL[]
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
  const scopeTable = sql.raw(SQLITE_SCOPE_TABLE)
  const scope = sql.raw('s')
  return {
    name: SQLITE_TABLE,
    table,
    key: sql.raw('rowid'),
    keyValue: (key) => sql`${Number(key)}`,
    from: sql`${table} JOIN ${scopeTable} AS ${scope} ON ${scope}.id = ${table}.rowid`,
    scope,
    run: async (req, statements) => {
      const db = ((req?.transactionID && adapter.sessions[await req.transactionID]?.db) ||
        adapter.drizzle) as SQLiteAdapter['drizzle']
      for (const statement of statements) await db.run(statement)
    },
    all: async (statement) => (await adapter.drizzle.all(statement)) as Row[],
    createTables: async () => {
      const args = { db: adapter.drizzle, payload, req: await createLocalReq({}, payload) }
      await createSqliteTable(args)
      await createSqliteScope(args)
    },
    isInLocale: (locale) => sql`(' ' || ${scope}.locales || ' ') LIKE ${`% ${locale} %`}`,
    date: (iso) => sql`${iso}`,
    matches: (query, tier = 'all') => {
      const all = `{head body} : (${fts5Expression(query)})`
      const inHead = `head : (${fts5Expression(query)})`
      const anyInHead = `head : (${fts5Expression(anyUnitQuery(query))})`
      const expression = {
        all,
        // The body's keys stay in the match: bm25 counts them too.
        head: `${all} AND ${inHead}`,
        partial: `(${all} NOT ${inHead}) AND ${anyInHead}`,
        body: `${all} NOT ${anyInHead}`,
      }[tier]
      return sql`${table} MATCH ${expression}`
    },
    // bm25 is lower for better matches; the unindexed columns weigh nothing.
    rank: () =>
      sql`bm25(${table}, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${HEAD_WEIGHT}, ${BODY_WEIGHT}, 0, 0)`,
    suggests: (prefix) => sql`${table} MATCH ${`suggest : "${prefix}" *`}`,
    remove: (collection, docId) => {
      const first = documentRowid(collection, docId)
      const last = first + ROWS_PER_DOCUMENT
      // Each rowid by itself: FTS5 looks an equal rowid up, but answers a range of them (in
      // libsql's SQLite 3.45) by reading the whole table, over a second a document at 50,000.
      const rowids = Array.from({ length: ROWS_PER_DOCUMENT }, (_, index) => sql`${first + index}`)
      return [
        sql`DELETE FROM ${table} WHERE rowid IN (${list(rowids)})`,
        sql`DELETE FROM ${scopeTable} WHERE id >= ${first} AND id < ${last}`,
      ]
    },
    clear: () => [sql`DELETE FROM ${table}`, sql`DELETE FROM ${scopeTable}`],
    insert: (collection, docId, rows) => {
      const first = documentRowid(collection, docId)
      return rows.slice(0, ROWS_PER_DOCUMENT).flatMap((row, index) => [
        sql`INSERT INTO ${table} (rowid, collection, doc_id, locales, sort_date, slug, title,
          title_pinyin, summary, summary_pinyin, head, body, suggest, parts) VALUES (
          ${first + index}, ${row.collection}, ${row.docId}, ${row.locales}, ${row.sortDate},
          ${row.slug}, ${row.title}, ${row.titlePinyin}, ${row.summary}, ${row.summaryPinyin},
          ${row.head}, ${row.body}, ${row.suggest}, ${JSON.stringify(row.parts)})`,
        sql`INSERT INTO ${scopeTable} (id, collection, locales, sort_date) VALUES (
          ${first + index}, ${row.collection}, ${row.locales}, ${row.sortDate})`,
      ])
    },
  }
}

const postgresDialect = (payload: Payload): Dialect => {
  const adapter = payload.db as unknown as PostgresAdapter
  const table = sql.raw(POSTGRES_TABLE)
  const tsquery = (query: TokenQuery, weight?: string) =>
    sql`to_tsquery('simple', ${tsqueryText(query, weight)})`
  // Weights D, C, B, A: the body (D) counts a tenth of the title and summary (A).
  const weights = `{${BODY_WEIGHT / HEAD_WEIGHT}, 0.2, 0.4, 1}`
  return {
    name: POSTGRES_TABLE,
    table,
    key: sql.raw('id'),
    keyValue: (key) => sql`${String(key)}`,
    from: table,
    scope: table,
    run: async (req, statements) => {
      const db =
        (req?.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
      for (const statement of statements) await db.execute(statement)
    },
    all: async (statement) => (await adapter.drizzle.execute(statement)).rows as Row[],
    createTables: async () =>
      createPostgresTable({ db: adapter.drizzle, payload, req: await createLocalReq({}, payload) }),
    isInLocale: (locale) => sql`${locale} = ANY(string_to_array(${table}.locales, ' '))`,
    date: (iso) => sql`${iso}::timestamptz`,
    matches: (query, tier = 'all') => {
      const all = sql`${table}.tokens @@ ${tsquery(query)}`
      const inHead = sql`${table}.tokens @@ ${tsquery(query, 'A')}`
      const anyInHead = sql`${table}.tokens @@ ${tsquery(anyUnitQuery(query), 'A')}`
      if (tier === 'head') return inHead
      if (tier === 'partial') return sql`${all} AND NOT ${inHead} AND ${anyInHead}`
      if (tier === 'body') return sql`${all} AND NOT ${anyInHead}`
      return all
    },
    // Documents holding every word in the title or summary (weight A) first, as bm25's weights
    // do on SQLite: ts_rank_cd alone can put a long body full of homophones' keys before them.
    // Normalisation 32 (rank / (rank + 1)) keeps the rank between 0 and 1.
    rank: (query) => sql`(NOT ${table}.tokens @@ ${tsquery(query, 'A')})::int
      - ts_rank_cd(${weights}::float4[], ${table}.tokens, ${tsquery(query)}, 32)`,
    suggests: (prefix) => sql`${table}.suggest @@ to_tsquery('simple', ${`${prefix}:*`})`,
    remove: (collection, docId) => [
      sql`DELETE FROM ${table} WHERE collection = ${collection} AND doc_id = ${docId}`,
    ],
    clear: () => [sql`DELETE FROM ${table}`],
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
  const { table, key, from, scope, all } = dialect
  const where = ({ locale, collections, from: since, to }: Partial<FullTextFilter>) => {
    const conditions = locale ? [dialect.isInLocale(locale)] : []
    if (collections) {
      conditions.push(sql`${scope}.collection IN (${list(collections.map((c) => sql`${c}`))})`)
    }
    if (since) conditions.push(sql`${scope}.sort_date >= ${dialect.date(since)}`)
    if (to) conditions.push(sql`${scope}.sort_date < ${dialect.date(to)}`)
    return conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``
  }
  const remove: FullTextStore['remove'] = (req, collection, docId) =>
    dialect.run(req, dialect.remove(collection, docId))
  return {
    ensureSchema: dialect.createTables,
    clear: () => dialect.run(undefined, dialect.clear()),
    documents: async () =>
      (await all(sql`SELECT DISTINCT collection, doc_id FROM ${table}`)).map((row) => ({
        collection: String(row.collection),
        docId: String(row.doc_id),
      })),
    remove,
    replace: async (req, collection, docId, rows) => {
      await remove(req, collection, docId)
      await dialect.run(req, dialect.insert(collection, docId, rows))
    },
    match: async (query, filter, limit, offset) => {
      // The texts are read for the chosen rows only: each tier picks its keys over the index
      // and the scope alone.
      const heads = (keys: SQL) =>
        all(sql`SELECT f.${key} AS key, ${headColumns('f')}
          FROM (${keys}) AS m JOIN ${table} AS f ON f.${key} = m.k ORDER BY m.o`)
      const wanted = offset + limit
      // The title or summary holds every word: the database's rank orders these few.
      const found = await heads(sql`SELECT k, row_number() OVER (ORDER BY rank, k) AS o FROM (
        SELECT ${table}.${key} AS k, ${dialect.rank(query)} AS rank FROM ${from}
        WHERE ${dialect.matches(query, 'head')}${where(filter)}
        ORDER BY rank, k LIMIT ${wanted}) AS r`)
      // The rest, newest first, those with some of the words in the title or summary before the
      // others: a common word's thousands of body matches are not ranked one by one.
      const tiers: MatchTier[] = query.length > 1 ? ['partial', 'body'] : ['body']
      for (const tier of tiers) {
        if (found.length >= wanted) break
        found.push(
          ...(await heads(sql`SELECT k, row_number() OVER (ORDER BY d DESC NULLS LAST, k) AS o FROM (
            SELECT ${table}.${key} AS k, ${scope}.sort_date AS d FROM ${from}
            WHERE ${dialect.matches(query, tier)}${where(filter)}
            ORDER BY ${scope}.sort_date DESC NULLS LAST, k LIMIT ${wanted - found.length}) AS r`)),
        )
      }
      return found.slice(offset, wanted).map(toHead)
    },
    facets: async (query, filter) => {
      const rows = await all(sql`SELECT ${scope}.collection AS collection, count(*) AS count
        FROM ${from} WHERE ${dialect.matches(query)}${where(filter)} GROUP BY ${scope}.collection`)
      return Object.fromEntries(rows.map((row) => [String(row.collection), Number(row.count)]))
    },
    parts: async (keys) => {
      if (!keys.length) return new Map()
      const rows = await all(sql`SELECT ${key} AS key, parts FROM ${table}
        WHERE ${key} IN (${list(keys.map(dialect.keyValue))})`)
      return new Map(rows.map((row) => [String(row.key), parsedParts(row.parts)]))
    },
    suggest: async (prefix, filter, limit) => {
      const rows = await all(sql`SELECT ${table}.${key} AS key, ${headColumns(dialect.name)}
        FROM ${from} WHERE ${dialect.suggests(prefix)}${where(filter)}
        ORDER BY length(${table}.title), ${scope}.sort_date DESC NULLS LAST LIMIT ${limit}`)
      return rows.map(toHead)
    },
  }
}

const stores = new WeakMap<Payload, FullTextStore>()

/** The full-text store of Payload's database: SQLite, PostgreSQL or MongoDB. */
export const fullTextStore = (payload: Payload): FullTextStore => {
  let store = stores.get(payload)
  if (!store) {
    const name = payload.db.name
    if (name === 'sqlite') store = sqlStore(sqliteDialect(payload))
    else if (name === 'postgres') store = sqlStore(postgresDialect(payload))
    else if (name === 'mongoose') store = mongoStore(payload)
    else throw new Error(`search: no full-text index for the ${name} adapter`)
    stores.set(payload, store)
  }
  return store
}
