import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Rows written straight into a SQL adapter's tables, many per statement: for the CMS's own
 * bookkeeping tables (the workflow history, the search index) when a release or the search
 * index's rebuild writes hundreds of their rows at once. Their values are built by the CMS from typed values, and the tables have
 * no hooks, so Payload's create (a statement and a traversal per row) would add only its cost.
 * The rows use the adapter's column keys (the field names, `_parentID` and `_order` in an array's
 * table) and join the request's transaction, as the adapter's own writes do.
 */

/** Every statement stays well under SQLite's and PostgreSQL's limits on bound parameters. */
const MAX_PARAMETERS = 30_000
/** What the adapter allows when it limits them (Cloudflare D1). */
const LIMITED_PARAMETERS = 100

type Row = Record<string, unknown>

type Writer = {
  insert: (table: unknown) => { values: (rows: Row[]) => PromiseLike<unknown> }
}

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
