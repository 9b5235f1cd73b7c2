import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { SEED_CONTEXT } from '@/seed/publish'

import { richText } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'

// Every file this suite uploads starts with this, so the suite set-up removes only what it created.
const PREFIX = `query-count-${process.pid}-${Date.now()}`

let payload: Payload
let api: ApiClient

/**
 * The database adapter's operations (the same names on SQLite, PostgreSQL and MongoDB). Counting
 * calls to them, not SQL statements, keeps the test adapter-neutral; on the SQL adapters each
 * `find` is one relational query (locales and relations as subqueries) plus one `count` for the
 * pagination, so the number of statements follows the number of calls.
 */
const OPERATIONS = [
  'find',
  'findOne',
  'findDistinct',
  'count',
  'queryDrafts',
  'findVersions',
  'countVersions',
  'findGlobal',
  'findGlobalVersions',
  'create',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'upsert',
] as const

/** Runs `work` and returns how many database operations it made, and which. */
const countQueries = async (work: () => Promise<unknown>) => {
  const calls: string[] = []
  const db = payload.db as unknown as Record<string, unknown>
  const originals = new Map<string, unknown>()
  for (const name of OPERATIONS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = (...args: unknown[]) => {
      const collection = (args[0] as { collection?: string } | undefined)?.collection
      calls.push(collection ? `${name} ${collection}` : name)
      return (original as (...a: unknown[]) => unknown).apply(payload.db, args)
    }
  }
  try {
    await work()
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
  return calls
}

type ListedArticle = {
  coverImage: { id: string; url: string } | string | null
  category: { id: string; name: string } | string | null
}

const anonymousList = async (limit: number) => {
  const response = await api.get(`/articles?limit=${limit}&depth=1&locale=zh`)
  expect(response.status).toBe(200)
  return (await response.json()) as { docs: ListedArticle[] }
}

const suite = setUpSuite(import.meta.url, { mediaPrefix: PREFIX })

beforeAll(async () => {
  ;({ payload, api } = suite)
  // Set-up, not the behaviour under test: published documents written as the system, the way
  // the seed writes them. Every article has a cover and a category of its own, so populating them
  // one by one would cost a query per article.
  const system = { overrideAccess: true, context: SEED_CONTEXT, locale: 'zh' } as const
  const image = await sharp({
    create: { width: 32, height: 32, channels: 3, background: { r: 10, g: 90, b: 200 } },
  })
    .png()
    .toBuffer()
  for (let n = 1; n <= 12; n++) {
    const cover = await payload.create({
      collection: 'media',
      data: { alt: `封面${n}` },
      file: { data: image, mimetype: 'image/png', name: `${PREFIX}-${n}.png`, size: image.length },
      ...system,
    })
    const category = await payload.create({
      collection: 'categories',
      data: { name: `栏目${n}` },
      ...system,
    })
    await payload.create({
      collection: 'articles',
      data: {
        title: `新闻${n}`,
        content: richText(`正文${n}`),
        coverImage: cover.id,
        category: category.id,
        _status: 'published',
        workflowStage: 'published',
      },
      ...system,
    })
  }
})

describe('database queries per delivery request', () => {
  it('a REST list of 10 articles at depth 1 makes as many queries as a list of 2 (no N+1)', async () => {
    await anonymousList(1) // first use of the route handlers: nothing of theirs is counted below

    let ten: { docs: ListedArticle[] } | undefined
    let two: { docs: ListedArticle[] } | undefined
    const tenQueries = await countQueries(async () => (ten = await anonymousList(10)))
    const twoQueries = await countQueries(async () => (two = await anonymousList(2)))

    expect(ten?.docs).toHaveLength(10)
    expect(two?.docs).toHaveLength(2)
    // Depth 1 really populated every cover and category (different documents each time).
    for (const doc of ten?.docs ?? []) {
      expect(doc.coverImage).toEqual(expect.objectContaining({ url: expect.any(String) }))
      expect(doc.category).toEqual(expect.objectContaining({ name: expect.any(String) }))
    }
    expect(new Set(ten?.docs.map((doc) => (doc.coverImage as { id: string }).id)).size).toBe(10)
    expect(tenQueries.length).toBe(twoQueries.length)
    // The articles page, its count, then one batched lookup per related collection.
    expect(tenQueries.length).toBeLessThanOrEqual(4)
    expect(tenQueries.filter((call) => call.endsWith(' media'))).toHaveLength(1)
    expect(tenQueries.filter((call) => call.endsWith(' categories'))).toHaveLength(1)
  })

  it('GraphQL asks the database as often for 10 articles as for 2', async () => {
    const query = `query ($limit: Int) {
      Articles(limit: $limit, locale: zh) { docs { title coverImage { url } category { name } } }
    }`
    const list = (limit: number) =>
      api.graphql(query, { variables: { limit } }).then(async (response) => {
        expect(response.status).toBe(200)
        const body = (await response.json()) as { data: { Articles: { docs: unknown[] } } }
        expect(body.data.Articles.docs).toHaveLength(limit)
      })
    await list(1)
    const ten = await countQueries(() => list(10))
    const two = await countQueries(() => list(2))
    expect(ten.length).toBe(two.length)
    expect(ten.length).toBeLessThanOrEqual(4)
  })
})
