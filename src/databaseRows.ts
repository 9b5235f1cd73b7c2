import type { DrizzleAdapter } from '@payloadcms/drizzle'
import { sql } from '@payloadcms/db-sqlite'
import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Rows written straight into a SQL adapter's tables, many per statement: for the CMS's own
 * bookkeeping tables (the workflow history, the search index) when a release writes hundreds of
 * their rows at once. Their values are built by the CMS from typed values, and the tables have
 * no hooks, so Payload's create (a statement and a traversal per row) would add only its cost.
 * The rows use the adapter's column keys (the field names, `_parentID` and `_order` in an array's
 * table) and join the request's transaction, as the adapter's own writes do.
 */

/** Every statement stays well under SQLite's and PostgreSQL's limits on bound parameters. */
const MAX_PARAMETERS = 30_000
/** What the adapter allows when it limits them (Cloudflare D1). */
const LIMITED_PARAMETERS = 100

type Row = Record<string, unknown>

type Inserting = {
  values: (rows: Row[]) => PromiseLike<unknown> & {
    returning: (fields: Record<string, unknown>) => PromiseLike<Row[]>
  }
}
type Writer = {
  insert: (table: unknown) => Inserting
  /** SQLite's drizzle runs a statement with `run`, PostgreSQL's with `execute`. */
  run?: (statement: SQL) => Promise<unknown>
  execute?: (statement: SQL) => Promise<unknown>
}
type Column = { name: string; getSQLType: () => string }

/** The SQL adapter, or null for one without tables (MongoDB): its callers write row by row. */
export const sqlAdapterOf = (payload: Payload): DrizzleAdapter | null => {
  const adapter = payload.db as unknown as Partial<DrizzleAdapter>
  return adapter.tables && adapter.drizzle ? (adapter as DrizzleAdapter) : null
}

/** A collection's table as the adapter named it (`search-index` → `search_index`). */
export const tableNameOf = (adapter: DrizzleAdapter, slug: string): string => {
  const name = slug.replace(/-/g, '_')
  return adapter.tableNameMap.get(name) ?? name
}

const writerOf = async (adapter: DrizzleAdapter, req: PayloadRequest): Promise<Writer> => {
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  return (session?.db ?? adapter.drizzle) as unknown as Writer
}

const chunksOf = (adapter: DrizzleAdapter, rows: Row[]): Row[][] => {
  const columns = Math.max(1, ...rows.map((row) => Object.keys(row).length))
  const limit = adapter.limitedBoundParameters ? LIMITED_PARAMETERS : MAX_PARAMETERS
  const size = Math.max(1, Math.floor(limit / columns))
  const chunks: Row[][] = []
  for (let start = 0; start < rows.length; start += size) {
    chunks.push(rows.slice(start, start + size))
  }
  return chunks
}

/** Inserts `rows` into `tableName`, in order, in as few statements as the limits allow. */
export const insertRows = async (
  adapter: DrizzleAdapter,
  req: PayloadRequest,
  tableName: string,
  rows: Row[],
): Promise<void> => {
  const table = adapter.tables[tableName]
  const db = await writerOf(adapter, req)
  for (const chunk of chunksOf(adapter, rows)) await db.insert(table).values(chunk)
}

/**
 * `insertRows` answering `columns` of each new row (its `id` among them), in no particular order:
 * neither database promises that `RETURNING` follows the order of the values.
 */
export const insertRowsReturning = async (
  adapter: DrizzleAdapter,
  req: PayloadRequest,
  tableName: string,
  rows: Row[],
  columns: string[],
): Promise<Row[]> => {
  const table = adapter.tables[tableName] as unknown as Record<string, unknown>
  const fields = Object.fromEntries(columns.map((column) => [column, table[column]]))
  const db = await writerOf(adapter, req)
  const written: Row[] = []
  for (const chunk of chunksOf(adapter, rows)) {
    written.push(...(await db.insert(table).values(chunk).returning(fields)))
  }
  return written
}

/** A JSON document of at most this many characters per statement (a few megabytes at most). */
const MAX_JSON_LENGTH = 2_000_000

const jsonChunksOf = (rows: Row[]): string[] => {
  const chunks: string[] = []
  let chunk: string[] = []
  let length = 0
  for (const row of rows) {
    const text = JSON.stringify(row)
    if (chunk.length > 0 && length + text.length > MAX_JSON_LENGTH) {
      chunks.push(`[${chunk.join(',')}]`)
      chunk = []
      length = 0
    }
    chunk.push(text)
    length += text.length + 1
  }
  if (chunk.length > 0) chunks.push(`[${chunk.join(',')}]`)
  return chunks
}

/**
 * `insertRows` for a great many small rows of plain columns (numbers and text, such as an array
 * field's table): the rows travel as one JSON parameter that the database unpacks
 * (`json_each` on SQLite, `json_to_recordset` on PostgreSQL), so building the statement does not
 * walk tens of thousands of bound values one by one. Every row has the same keys.
 */
export const insertRowsFromJson = async (
  adapter: DrizzleAdapter,
  req: PayloadRequest,
  tableName: string,
  rows: Row[],
): Promise<void> => {
  if (rows.length === 0) return
  if (adapter.name !== 'sqlite' && adapter.name !== 'postgres') {
    return insertRows(adapter, req, tableName, rows)
  }
  const table = adapter.tables[tableName] as unknown as Record<string, Column>
  const keys = Object.keys(rows[0])
  const columns = keys.map((key) => table[key])
  const names = sql.raw(columns.map(({ name }) => `"${name}"`).join(', '))
  // Each row as `{ c0, c1, ... }`: short keys, in the order of the columns.
  const compact = rows.map((row) =>
    Object.fromEntries(keys.map((key, index) => [`c${index}`, row[key]])),
  )
  const db = await writerOf(adapter, req)
  for (const json of jsonChunksOf(compact)) {
    if (adapter.name === 'sqlite') {
      const values = sql.raw(
        keys.map((_, index) => `json_extract(value, '$.c${index}')`).join(', '),
      )
      await db.run?.(sql`INSERT INTO ${table} (${names}) SELECT ${values} FROM json_each(${json})`)
      continue
    }
    const values = sql.raw(keys.map((_, index) => `"c${index}"`).join(', '))
    const record = sql.raw(
      columns.map((column, index) => `"c${index}" ${column.getSQLType()}`).join(', '),
    )
    await db.execute?.(
      sql`INSERT INTO ${table} (${names}) SELECT ${values} FROM json_to_recordset(${json}::json) AS t(${record})`,
    )
  }
}
