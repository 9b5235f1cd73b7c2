import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

// Hand-written (drizzle-kit leaves the table out: `tablesFilter` in src/database.ts): the
// search's full-text index, src/delivery/search/fullText/store.ts. Fill it with
// `npm run search:reindex` after migrating.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS search_fts (
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
)`)
  await db.execute(
    sql`CREATE INDEX IF NOT EXISTS search_fts_tokens_idx ON search_fts USING gin (tokens)`,
  )
  await db.execute(
    sql`CREATE INDEX IF NOT EXISTS search_fts_suggest_idx ON search_fts USING gin (suggest)`,
  )
  await db.execute(
    sql`CREATE INDEX IF NOT EXISTS search_fts_doc_idx ON search_fts (collection, doc_id)`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_fts`)
}
