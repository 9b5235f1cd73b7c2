import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

// Hand-written (drizzle-kit cannot describe FTS5 tables): the search's full-text index,
// src/delivery/search/fullText/store.ts. Fill it with `npm run search:reindex` after migrating.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE IF NOT EXISTS libsql_search_fts USING fts5(
  collection UNINDEXED, doc_id UNINDEXED, locales UNINDEXED, sort_date UNINDEXED, slug UNINDEXED,
  title UNINDEXED, title_pinyin UNINDEXED, summary UNINDEXED, summary_pinyin UNINDEXED,
  head, body, suggest, parts UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0'
)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS libsql_search_fts`)
}
