import { createClient } from '@libsql/client'

/** The benchmark database (DATABASE_URI, a `file:` URL), opened with the driver Payload uses. */
export const openDatabase = (url = process.env.DATABASE_URI ?? '') => {
  if (!url.startsWith('file:'))
    throw new Error(`the benchmark needs a SQLite DATABASE_URI, got ${url}`)
  return createClient({ url })
}

/**
 * Grows the published articles to `target` by copying the seeded ones row for row in SQL, in
 * batches straight into the tables (main row, its locales and relations, and their rows of the
 * search's full-text table and its scope table) with new ids,
 * slugs and older publication dates. Payload's hooks do not run: the copies have no versions and
 * no rows in the `search-index` collection, which search does not read (it reads the full-text
 * table). That is enough for what the growth figures measure: a REST list of published articles
 * and search. The planner statistics
 * are refreshed by the server when it starts (refreshPlannerStatistics), not here.
 */
export const cloneArticles = async (target: number, url?: string) => {
  const db = openDatabase(url)
  try {
    const count = async () =>
      Number(
        (await db.execute(`SELECT count(*) AS n FROM articles WHERE _status = 'published'`)).rows[0]
          .n,
      )
    const columns = async (table: string) =>
      (await db.execute(`PRAGMA table_info(${table})`)).rows.map((row) => String(row.name))
    const articleColumns = (await columns('articles')).filter((name) => name !== 'id')
    const localeColumns = (await columns('articles_locales')).filter(
      (name) => name !== 'id' && name !== '_parent_id',
    )
    const relColumns = (await columns('articles_rels')).filter(
      (name) => name !== 'id' && name !== 'parent_id',
    )
    const quote = (names: string[]) => names.map((name) => `"${name}"`).join(', ')
    const seeded = await count()
    // Slugs of the copies end in -c<run>-<round>, unique even when a database is grown twice.
    const run = Date.now().toString(36)
    let round = 0
    // The seeded articles' full-text rowids, read once: the FTS5 table has no index on doc_id, and
    // a scan of it for each batch would read every copy made so far.
    await db.execute('DROP TABLE IF EXISTS bench_clone_source')
    await db.execute(
      `CREATE TABLE bench_clone_source AS SELECT rowid AS fts_rowid, doc_id FROM libsql_search_fts
       WHERE collection = 'articles' AND doc_id IN (
         SELECT id FROM articles WHERE _status = 'published' AND slug NOT LIKE '%-c%')`,
    )
    await db.execute('CREATE INDEX bench_clone_source_doc ON bench_clone_source (doc_id)')
    while ((await count()) < target) {
      round += 1
      const batch = Math.min(seeded, target - (await count()))
      const tx = await db.transaction('write')
      await tx.execute('DROP TABLE IF EXISTS temp.clone_map')
      await tx.execute(
        `CREATE TEMP TABLE clone_map AS
         SELECT id AS old_id, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
           substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' ||
           hex(randomblob(6))) AS new_id
         FROM articles WHERE _status = 'published' AND slug NOT LIKE '%-c%' ORDER BY published_at DESC
         LIMIT ${batch}`,
      )
      const select = articleColumns.map((name) =>
        name === 'slug'
          ? `a.slug || '-c${run}-${round}'`
          : name === 'published_at'
            ? `strftime('%Y-%m-%dT%H:%M:%fZ', a.published_at, '-${round * 1000} days')`
            : `a."${name}"`,
      )
      await tx.execute(
        `INSERT INTO articles (id, ${quote(articleColumns)})
         SELECT m.new_id, ${select.join(', ')} FROM articles a JOIN clone_map m ON m.old_id = a.id`,
      )
      await tx.execute(
        `INSERT INTO articles_locales (_parent_id, ${quote(localeColumns)})
         SELECT m.new_id, ${localeColumns.map((n) => `l."${n}"`).join(', ')}
         FROM articles_locales l JOIN clone_map m ON m.old_id = l._parent_id`,
      )
      await tx.execute(
        `INSERT INTO articles_rels (parent_id, ${quote(relColumns)})
         SELECT m.new_id, ${relColumns.map((n) => `r."${n}"`).join(', ')}
         FROM articles_rels r JOIN clone_map m ON m.old_id = r.parent_id`,
      )
      await tx.execute('CREATE INDEX temp.clone_map_old_id ON clone_map (old_id)')
      const lastRowid = Number(
        (await tx.execute('SELECT coalesce(max(rowid), 0) AS n FROM libsql_search_fts')).rows[0].n,
      )
      await tx.execute(
        `INSERT INTO libsql_search_fts (collection, doc_id, locales, sort_date, slug, title,
           title_pinyin, summary, summary_pinyin, head, body, suggest, parts)
         SELECT f.collection, m.new_id, f.locales,
           strftime('%Y-%m-%dT%H:%M:%fZ', f.sort_date, '-${round * 1000} days'),
           f.slug || '-c${run}-${round}', f.title, f.title_pinyin, f.summary, f.summary_pinyin,
           f.head, f.body, f.suggest, f.parts
         FROM clone_map m JOIN bench_clone_source s ON s.doc_id = m.old_id
         JOIN libsql_search_fts f ON f.rowid = s.fts_rowid`,
      )
      await tx.execute({
        sql: `INSERT INTO libsql_search_scope (id, collection, locales, sort_date)
          SELECT rowid, collection, locales, sort_date FROM libsql_search_fts WHERE rowid > ?`,
        args: [lastRowid],
      })
      await tx.commit()
    }
    await db.execute('DROP TABLE bench_clone_source')
    return count()
  } finally {
    db.close()
  }
}
