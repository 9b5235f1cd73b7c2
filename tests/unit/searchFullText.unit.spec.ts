import { describe, expect, it } from '@jest/globals'

import {
  anyUnitQuery,
  fts5Expression,
  suggestTokens,
  tokenOf,
  tokenQuery,
  tsqueryText,
} from '@/delivery/search/fullText/tokens'
import { planLookups } from '@/delivery/search/query/lookups'
import { parseQuery } from '@/delivery/search/query/parseQuery'

const expressionsOf = (q: string) => {
  const { units } = parseQuery(q)
  const query = tokenQuery(
    planLookups(units),
    units.map(() => false),
  )
  return { fts5: fts5Expression(query), tsquery: tsqueryText(query) }
}

describe('full-text tokens', () => {
  it('keeps ASCII words and Han runs, and spells anything else out in hex', () => {
    expect(tokenOf('kepu')).toBe('kepu')
    expect(tokenOf('2024')).toBe('2024')
    expect(tokenOf('科普')).toBe('科普')
    expect(tokenOf('c++')).toBe('zz00006300002b00002b')
    expect(tokenOf('"')).toMatch(/^zz[0-9a-f]+$/)
    expect(tokenOf('café')).toMatch(/^zz[0-9a-f]+$/)
    expect(tokenOf('\ud800')).toMatch(/^zz[0-9a-f]+$/)
  })

  it('builds one expression for all the words: every word, one of its spellings', () => {
    expect(expressionsOf('kepu')).toEqual({
      fts5: '("kepu" OR "kepu")',
      tsquery: '(kepu | kepu)',
    })
    const { fts5, tsquery } = expressionsOf('科普 银行')
    expect(fts5).toBe('"kepu" AND ("yinxing" OR "yinhang" OR "yinheng")')
    expect(tsquery).toBe('kepu & (yinxing | yinhang | yinheng)')
  })

  it('restricts every key to the title and summary for PostgreSQL when asked (weight A)', () => {
    const { units } = parseQuery('科普 银行')
    const query = tokenQuery(
      planLookups(units),
      units.map(() => false),
    )
    expect(tsqueryText(query, 'A')).toBe('kepu:A & (yinxing:A | yinhang:A | yinheng:A)')
  })

  it('asks for any one of the words where the tiers need it, and for a single word as it is', () => {
    const { units } = parseQuery('科普 银行')
    const query = tokenQuery(
      planLookups(units),
      units.map(() => false),
    )
    expect(fts5Expression(anyUnitQuery(query))).toBe(
      '("kepu" OR ("yinxing" OR "yinhang" OR "yinheng"))',
    )
    expect(tsqueryText(anyUnitQuery(query), 'A')).toBe(
      '(kepu:A | (yinxing:A | yinhang:A | yinheng:A))',
    )
    const single = tokenQuery(planLookups(parseQuery('qixiang').units), [false])
    expect(anyUnitQuery(single)).toEqual(single)
  })

  it('carries no syntax of either engine, whatever the query holds', () => {
    for (const q of ['"; DROP TABLE x', 'a AND b', 'NEAR(a b)', "it's", 'a:* & !b', '{head}: x']) {
      const { fts5, tsquery } = expressionsOf(q)
      expect(fts5.replace(/"[a-z0-9\p{Script=Han}]+"|AND|OR|[() ]/gu, '')).toBe('')
      expect(tsquery.replace(/[a-z0-9\p{Script=Han}]+|[&|() ]/gu, '')).toBe('')
    }
  })

  it('completes titles from each word on, as written, in pinyin and in initials', () => {
    const tokens = suggestTokens('青岛水族馆')
    expect(tokens).toEqual(
      expect.arrayContaining(['青岛水族馆', 'qingdaoshuizuguan', 'qdszg', '水族馆', 'shuizuguan']),
    )
  })
})
