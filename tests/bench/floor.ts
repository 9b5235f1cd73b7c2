// The benchmark's floors, never part of the product: an express server in a process of its own
// (started by tests/bench/run.ts) answering the same questions as the CMS's REST API,
//
//   L1  GET /l1/list, /l1/slug  the answer, from memory (the REST answer read once at start)
//   L2  GET /l2/list, /l2/slug  built from ONE prepared SQL statement on the same SQLite file
//
//   node --conditions=development --import tsx tests/bench/floor.ts
//
// Env: PORT, DATABASE_URI (file:), FLOOR_ANSWERS (a JSON file { list, slug } of REST bodies),
// FLOOR_SERVER_URL (the CMS origin the media URLs in the answer start with).
import { readFileSync } from 'node:fs'

import express from 'express'
import Database from 'libsql'

import { SLUG } from './dataSet'

type Row = Record<string, null | number | string>

/**
 * One page of published articles with their Chinese texts, cover (and its alt text) and category
 * (and its name), and the number of published articles: what Payload needs several queries for.
 * `?1` is an optional slug filter, `?2` the page size.
 */
const PAGE_SQL = `
SELECT a.*, l.title, l.summary, l.content, l.byline, l.source,
  m.id AS m_id, m.updated_at AS m_updated_at, m.created_at AS m_created_at, m.filename AS m_filename,
  m.mime_type AS m_mime_type, m.filesize AS m_filesize, m.width AS m_width, m.height AS m_height,
  m.focal_x AS m_focal_x, m.focal_y AS m_focal_y, ml.alt AS m_alt,
  ${['thumbnail', 'card', 'hero', 'og']
    .flatMap((size) =>
      ['width', 'height', 'mime_type', 'filesize', 'filename'].map(
        (column) => `m.sizes_${size}_${column} AS s_${size}_${column}`,
      ),
    )
    .join(', ')},
  c.slug AS c_slug, cl.name AS c_name,
  (SELECT count(*) FROM articles WHERE _status = 'published' AND (?1 IS NULL OR slug = ?1))
    AS total_docs
FROM articles a
JOIN articles_locales l ON l._parent_id = a.id AND l._locale = 'zh'
LEFT JOIN media m ON m.id = a.cover_image_id
LEFT JOIN media_locales ml ON ml._parent_id = m.id AND ml._locale = 'zh'
LEFT JOIN categories c ON c.id = a.category_id
LEFT JOIN categories_locales cl ON cl._parent_id = c.id AND cl._locale = 'zh'
WHERE a._status = 'published' AND (?1 IS NULL OR a.slug = ?1)
ORDER BY a.published_at DESC
LIMIT ?2`

const sizeOf = (row: Row, size: string, origin: string) =>
  row[`s_${size}_filename`] === null
    ? { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null }
    : {
        url: `${origin}/api/media/file/${row[`s_${size}_filename`]}`,
        width: row[`s_${size}_width`],
        height: row[`s_${size}_height`],
        mimeType: row[`s_${size}_mime_type`],
        filesize: row[`s_${size}_filesize`],
        filename: row[`s_${size}_filename`],
      }

/** A row as Payload's REST API shows it to an anonymous reader, key for key. */
const documentOf = (row: Row, origin: string) => ({
  id: row.id,
  title: row.title,
  summary: row.summary,
  coverImage:
    row.m_id === null
      ? null
      : {
          id: row.m_id,
          alt: row.m_alt,
          updatedAt: row.m_updated_at,
          createdAt: row.m_created_at,
          url: `${origin}/api/media/file/${row.m_filename}`,
          thumbnailURL:
            row.s_thumbnail_filename === null
              ? null
              : `${origin}/api/media/file/${row.s_thumbnail_filename}`,
          filename: row.m_filename,
          mimeType: row.m_mime_type,
          filesize: row.m_filesize,
          width: row.m_width,
          height: row.m_height,
          focalX: row.m_focal_x,
          focalY: row.m_focal_y,
          sizes: Object.fromEntries(
            ['thumbnail', 'card', 'hero', 'og'].map((size) => [size, sizeOf(row, size, origin)]),
          ),
        },
  content: row.content === null ? null : JSON.parse(String(row.content)),
  byline: row.byline,
  source: row.source,
  sourceUrl: row.source_url,
  // The data set relates no events, bases or recipients and has no tags (run.ts checks the
  // answers are equal, so a data set with them would show up as a difference).
  relatedEvents: [],
  relatedBases: [],
  relatedAwardRecipients: [],
  slug: row.slug,
  publishedAt: row.published_at,
  category:
    row.category_id === null ? null : { id: row.category_id, name: row.c_name, slug: row.c_slug },
  tags: null,
  workflowStage: row.workflow_stage,
  updatedAt: row.updated_at,
  createdAt: row.created_at,
  _status: row._status,
})

/** Payload's pagination envelope around the first page. */
const pageOf = (rows: Row[], limit: number, origin: string) => {
  const totalDocs = rows.length ? Number(rows[0].total_docs) : 0
  const totalPages = Math.ceil(totalDocs / limit)
  return {
    docs: rows.map((row) => documentOf(row, origin)),
    hasNextPage: totalPages > 1,
    hasPrevPage: false,
    limit,
    nextPage: totalPages > 1 ? 2 : null,
    page: 1,
    pagingCounter: 1,
    prevPage: null,
    totalDocs,
    totalPages,
  }
}

const main = () => {
  const origin = process.env.FLOOR_SERVER_URL ?? ''
  const file = (process.env.DATABASE_URI ?? '').replace(/^file:/, '')
  const stored = JSON.parse(readFileSync(process.env.FLOOR_ANSWERS ?? '', 'utf8')) as {
    list: string
    slug: string
  }
  // Bytes, as the delivery cache keeps them: L1 costs no encoding either.
  const answers = { list: Buffer.from(stored.list), slug: Buffer.from(stored.slug) }
  const db = new Database(file, { readonly: true })
  const page = db.prepare(PAGE_SQL)

  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }))
  app.get('/l1/list', (_req, res) => void res.type('json').send(answers.list))
  app.get('/l1/slug', (_req, res) => void res.type('json').send(answers.slug))
  app.get('/l2/list', (_req, res) => {
    res.json(pageOf(page.all(null, 10) as Row[], 10, origin))
  })
  app.get('/l2/slug', (_req, res) => {
    res.json(pageOf(page.all(SLUG, 1) as Row[], 1, origin))
  })
  const server = app.listen(Number(process.env.PORT), '127.0.0.1', () =>
    console.log(`floor ready on ${process.env.PORT}`),
  )
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}

main()
