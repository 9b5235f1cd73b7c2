import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { parseRuleList } from '@/compliance/lists'
import { SAMPLE_RULES_CSV } from '@/compliance/sample'
import { scanPlainText } from '@/compliance/scan/document'
import { compileRules } from '@/compliance/text/matcher'
import * as article from '@/seed/content/article'
import * as articles from '@/seed/content/articles'
import * as awards from '@/seed/content/awards'
import * as categories from '@/seed/content/categories'
import * as events from '@/seed/content/events'
import * as globals from '@/seed/content/globals'
import * as notes from '@/seed/content/notes'
import * as officialFigures from '@/seed/content/officialFigures'
import * as scienceEducationBases from '@/seed/content/scienceEducationBases'
import * as volunteerTeams from '@/seed/content/volunteerTeams'

// The shipped sample list, as the seed loads it.
const { rules, errors } = parseRuleList(SAMPLE_RULES_CSV, 'csv')
const sample = compileRules(
  rules.map((rule, index) => ({
    id: String(index),
    term: rule.term,
    kind: rule.kind,
    category: rule.category,
    replacement: rule.replacement ?? null,
  })),
)

/** Every string in a value, with where it is; URL segments (`slug`) are not read by the gate. */
const stringsIn = (value: unknown, at: string, out: { at: string; text: string }[] = []) => {
  if (typeof value === 'string') out.push({ at, text: value })
  else if (Array.isArray(value))
    value.forEach((item, index) => stringsIn(item, `${at}.${index}`, out))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key !== 'slug') stringsIn(item, `${at}.${key}`, out)
    }
  }
  return out
}

const findingsIn = (texts: { at: string; text: string }[]) =>
  texts.flatMap(({ at, text }) =>
    scanPlainText(sample, text).map((finding) => ({ at, term: finding.rule?.term, text })),
  )

describe('the sample list on clean text (no false positives)', () => {
  it('parses', () => {
    expect(errors).toEqual([])
    expect(rules.length).toBeGreaterThan(10)
  })

  it('finds nothing in the seed content', () => {
    const modules = {
      article,
      articles,
      awards,
      categories,
      events,
      globals,
      notes,
      officialFigures,
      scienceEducationBases,
      volunteerTeams,
    }
    const texts = stringsIn(modules, 'seed')
    expect(texts.length).toBeGreaterThan(100)
    expect(findingsIn(texts)).toEqual([])
  })

  it('finds nothing in fifty ordinary news paragraphs', () => {
    const file = path.resolve(process.cwd(), 'tests/fixtures/clean-news.zh.txt')
    const paragraphs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
    expect(paragraphs).toHaveLength(50)
    expect(
      findingsIn(paragraphs.map((text, index) => ({ at: `line ${index + 1}`, text }))),
    ).toEqual([])
  })

  it('would see a sample term placed in the same text (the test can fail)', () => {
    expect(findingsIn([{ at: 'x', text: '本产品是全网最低价，青岛科协出品' }])).toEqual([
      expect.objectContaining({ term: '全网最低价' }),
      expect.objectContaining({ term: '青岛科协' }),
    ])
  })
})
