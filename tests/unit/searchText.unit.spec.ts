import { describe, expect, it } from '@jest/globals'

import { MAX_LOOKUPS, planLookups } from '@/delivery/search/query/lookups'
import { parseQuery } from '@/delivery/search/query/parseQuery'
import { foldText } from '@/delivery/search/text/fold'
import {
  hanSyllables,
  parseSyllables,
  pinyinSpellings,
  serializeSyllables,
} from '@/delivery/search/text/pinyin'
import { richTextToPlainText, toPlainText } from '@/delivery/search/text/plainText'
import { indexTerms } from '@/delivery/search/text/terms'

const unitsOf = (query: string) => parseQuery(query).units.map((unit) => unit.text)

describe('folding text for matching', () => {
  it('makes full-width letters and digits half-width and lower case, keeping every offset', () => {
    const text = 'ＫＥＰＵ２０２４年　科普周'
    const folded = foldText(text)
    expect(folded).toBe('kepu2024年 科普周')
    expect(folded).toHaveLength(text.length)
  })

  it('spells ü as v, as pinyin is typed', () => {
    expect(foldText('Lüse 绿色')).toBe('lvse 绿色')
  })

  it('leaves a letter whose lower case is longer as it is, so offsets still match', () => {
    const text = 'İstanbul 科技周'
    expect(foldText(text)).toHaveLength(text.length)
  })
})

describe('pinyin of Han text', () => {
  it('reads polyphonic characters from their neighbours', () => {
    expect(hanSyllables('银行')).toEqual(['yin', 'hang'])
    expect(hanSyllables('行走')).toEqual(['xing', 'zou'])
    expect(hanSyllables('重庆')).toEqual(['chong', 'qing'])
  })

  it('gives one syllable per Han character and none for other scripts', () => {
    expect(hanSyllables('AI科普2024年')).toEqual(['ke', 'pu', 'nian'])
    expect(hanSyllables('绿色')).toEqual(['lv', 'se'])
  })

  it('stores syllables so that a character without one keeps its place', () => {
    const stored = serializeSyllables(['ke', '', 'pu'])
    expect(stored).toBe('ke - pu')
    expect(parseSyllables(stored)).toEqual(['ke', '', 'pu'])
    expect(parseSyllables(null)).toEqual([])
  })

  it('splits typed letters into syllables, fewest first, and finds none in initials or English', () => {
    expect(pinyinSpellings('kepu')[0]).toEqual(['ke', 'pu'])
    const xian = pinyinSpellings('xian')
    expect(xian[0]).toEqual(['xian'])
    expect(xian).toContainEqual(['xi', 'an'])
    expect(pinyinSpellings('kp')).toEqual([])
    expect(pinyinSpellings('hello')).toEqual([])
    expect(pinyinSpellings('')).toEqual([])
  })
})

describe('the lookup keys of a text', () => {
  const termsOf = (text: string, hasSingles = false) =>
    indexTerms(text, hanSyllables(text), { hasSingles })

  it('keys every pair of neighbouring Han characters by pinyin and initials', () => {
    const terms = termsOf('青岛科普馆')
    for (const key of ['qingdao', 'qd', 'daoke', 'kepu', 'kp', 'puguan', 'pg']) {
      expect(terms).toContain(key)
    }
  })

  it('does not pair characters across a gap', () => {
    const terms = termsOf('科，普')
    expect(terms).not.toContain('kepu')
  })

  it('keeps single characters and syllables for titles only', () => {
    expect(termsOf('科普', true)).toEqual(expect.arrayContaining(['科', 'ke', '普', 'pu']))
    expect(termsOf('科普', false)).not.toContain('科')
    expect(termsOf('科普', false)).not.toContain('ke')
  })

  it('keeps other words folded, and leaves out strings too long to be typed', () => {
    const hash = 'a'.repeat(41)
    const terms = termsOf(`ＡＩ Science 2024 ${hash}`)
    expect(terms).toEqual(expect.arrayContaining(['ai', 'science', '2024']))
    expect(terms).not.toContain(hash)
  })
})

describe('plain text of rich text', () => {
  it('puts each block on a line of its own and tidies the spaces', () => {
    const paragraph = (text: string) => ({
      type: 'paragraph',
      children: [{ type: 'text', text }],
    })
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: '科普  活动' }] },
          paragraph('第一段'),
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: '地点：科技馆' }] },
              {
                type: 'listitem',
                children: [
                  { type: 'text', text: '时间' },
                  { type: 'linebreak' },
                  { type: 'text', text: '周六' },
                ],
              },
            ],
          },
          { type: 'upload', value: 'image-id' },
          paragraph('   '),
        ],
      },
    }
    expect(richTextToPlainText(value)).toBe('科普 活动\n第一段\n地点：科技馆\n时间\n周六')
  })

  it('reads plain strings, and nothing from values that are neither', () => {
    expect(toPlainText('  两个   空格 \n\n 和空行 ')).toBe('两个 空格\n和空行')
    expect(toPlainText(null)).toBe('')
    expect(toPlainText(42)).toBe('')
    expect(richTextToPlainText({})).toBe('')
  })
})

describe('query parsing', () => {
  it('splits a query into words the way the index splits text', () => {
    expect(unitsOf('2024年 科普')).toEqual(['2024', '年', '科普'])
    expect(unitsOf('Science 科普')).toEqual(['science', '科普'])
  })

  it('drops joining words when there are other words, and keeps them when they are all there is', () => {
    expect(unitsOf('青岛的科普')).not.toContain('的')
    expect(unitsOf('the 科普')).toEqual(['科普'])
    expect(unitsOf('的')).toEqual(['的'])
  })

  it('folds full-width and compatibility forms and repeats a word only once', () => {
    expect(unitsOf('ＫＥＰＵ kepu')).toEqual(['kepu'])
  })

  it('finds nothing to look for in punctuation or an empty query', () => {
    expect(parseQuery('').units).toEqual([])
    expect(parseQuery('！？。，').units).toEqual([])
  })

  it('reads letters that no pinyin spells as initials (kp: 科普), pinyin as pinyin', () => {
    const [initials] = parseQuery('kp').units
    expect(initials).toMatchObject({ text: 'kp', isInitials: true, isHan: false })
    const [spelled] = parseQuery('kepu').units
    expect(spelled).toMatchObject({ isInitials: false })
    // One syllable alone is "single": bodies are not indexed by those.
    expect(parseQuery('xian').units[0]).toMatchObject({ isSingle: true })
  })

  it('looks a Han word up by every reading of a polyphonic character', () => {
    const [unit] = parseQuery('银行').units
    expect(unit.isHan).toBe(true)
    expect(unit.alternatives.flat(2)).toEqual(expect.arrayContaining(['yinhang', 'yinxing']))
  })

  it('keeps a long query to a bounded number of lookups that still covers every word', () => {
    const { units } = parseQuery('中国科学技术协会 青少年科技创新大赛 科普教育基地 志愿服务队伍')
    const plan = planLookups(units)
    expect(plan.keys.length).toBeLessThanOrEqual(MAX_LOOKUPS)
    expect(plan.alternatives).toHaveLength(units.length)
    for (const alternatives of plan.alternatives) {
      for (const choices of alternatives) expect(choices.length).toBeGreaterThan(0)
    }
  })
})
