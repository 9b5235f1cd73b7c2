import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

// Hand-written, as the full-text table before it: what each full-text row is for (collection,
// locales, date), keyed by the row's rowid, in a table of small rows beside the FTS5 table. Search
// filters and counts its matches here, reading a few pages, instead of each match's stored text
// in the FTS5 table's content (src/delivery/search/fullText/store.ts). Filled from the rows there.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS libsql_search_scope (
  id integer PRIMARY KEY,
  collection text NOT NULL,
  locales text NOT NULL,
  sort_date text
)`)
  // Once: where the schema is pushed this runs on every start (src/delivery/search/fullText/store.ts).
  await db.run(sql`INSERT INTO libsql_search_scope (id, collection, locales, sort_date)
  SELECT rowid, collection, locales, sort_date FROM libsql_search_fts
  WHERE NOT EXISTS (SELECT 1 FROM libsql_search_scope)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS libsql_search_scope`)
}
