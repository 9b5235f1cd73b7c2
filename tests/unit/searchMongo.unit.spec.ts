import { describe, expect, it } from '@jest/globals'

import {
  MONGODB_INDEXES,
  mongoDocuments,
  mongoFacetsPipeline,
  mongoMatchFilter,
  mongoMatchPipeline,
  mongoSuggestPipeline,
} from '@/delivery/search/fullText/mongodb'
import type { FullTextRow } from '@/delivery/search/fullText/tokens'
import { tokenQuery } from '@/delivery/search/fullText/tokens'
import { planLookups } from '@/delivery/search/query/lookups'
import { parseQuery } from '@/delivery/search/query/parseQuery'

// What the MongoDB full-text store sends to the server; no server runs here.
const queryOf = (q: string) => {
  const { units } = parseQuery(q)
  return tokenQuery(
    planLookups(units),
    units.map(() => false),
  )
}

const row: FullTextRow = {
  collection: 'articles',
  docId: 'a1',
  locales: 'zh en',
  slug: 'ocean',
  sortDate: '2026-03-01T00:00:00.000Z',
  title: '海洋科普',
  titlePinyin: 'hai yang ke pu',
  summary: '',
  summaryPinyin: '',
  parts: [{ body: '海洋牧场', bodyPinyin: 'hai yang mu chang' }],
  head: 'haiyang hy kepu kp',
  body: 'haiyang hy muchang mc',
  suggest: 'haiyangkepu hykp 海洋科普',
}

describe('MongoDB full-text store', () => {
  it('indexes the tokens as they are (language none), the title and summary ten times the body', () => {
    const [text] = MONGODB_INDEXES
    expect(text).toMatchObject({
      key: { head: 'text', body: 'text' },
      default_language: 'none',
      weights: { head: 10, body: 1 },
    })
    expect(MONGODB_INDEXES.map(({ key }) => Object.keys(key))).toContainEqual(['tokens'])
  })

  it('writes a row per set of locales, keyed as on PostgreSQL, with its keys as an array', () => {
    const [doc] = mongoDocuments('articles', 'a1', [row])
    expect(doc).toMatchObject({
      _id: 'articles/a1/0',
      locales: ['zh', 'en'],
      sortDate: new Date('2026-03-01T00:00:00.000Z'),
      suggest: ['haiyangkepu', 'hykp', '海洋科普'],
      parts: row.parts,
    })
    expect([...doc.tokens].sort()).toEqual(['haiyang', 'hy', 'kepu', 'kp', 'mc', 'muchang'])
  })

  it('finds by every word: $text for the score, the keys of each word on the token array', () => {
    const query = queryOf('海洋 kepu')
    const filter = mongoMatchFilter(query, {
      locale: 'en',
      collections: ['articles', 'events'],
      from: '2026-01-01',
      to: '2026-07-01',
    })
    const keys = [...new Set(query.flat(3))]
    expect(filter.$text).toEqual({ $search: keys.join(' ') })
    // One condition per word, each an $or of its alternatives, each an $and of its choices.
    expect(filter.$and).toHaveLength(2)
    expect(filter.$and).toEqual(
      query.map((alternatives) => ({
        $or: alternatives.map((choices) => ({
          $and: choices.map((choice) => ({ tokens: { $in: choice } })),
        })),
      })),
    )
    expect(filter).toMatchObject({
      locales: 'en',
      collection: { $in: ['articles', 'events'] },
      sortDate: { $gte: new Date('2026-01-01'), $lt: new Date('2026-07-01') },
    })
  })

  it('pages by textScore, counts facets by collection over every collection, suggests by anchored prefix', () => {
    const query = queryOf('海洋')
    const filter = { locale: 'zh', collections: ['articles'] }
    const page = mongoMatchPipeline(query, filter, 10, 20)
    expect(page.slice(1, 4)).toEqual([
      { $sort: { score: { $meta: 'textScore' }, _id: 1 } },
      { $skip: 20 },
      { $limit: 10 },
    ])
    expect(page[4]).not.toHaveProperty('$project.parts')

    const [match, group] = mongoFacetsPipeline(query, { locale: 'zh' })
    expect(match.$match).not.toHaveProperty('collection')
    expect(group).toEqual({ $group: { _id: '$collection', count: { $sum: 1 } } })

    const [suggest] = mongoSuggestPipeline('qingdao', filter, 8)
    expect(suggest.$match).toMatchObject({ suggest: { $regex: '^qingdao' }, locales: 'zh' })
    expect(mongoSuggestPipeline('a.b', filter, 8)[0].$match?.suggest).toEqual({ $regex: '^a\\.b' })
  })
})
