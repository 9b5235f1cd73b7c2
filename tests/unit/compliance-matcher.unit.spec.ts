import { describe, expect, it } from '@jest/globals'

import { parseRuleList, formatRuleList } from '@/compliance/lists'
import { scanPlainText } from '@/compliance/scan/document'
import { richTextParts } from '@/compliance/scan/richText'
import type { MatchRule } from '@/compliance/text/matcher'
import { compileRules, normalizeDomain } from '@/compliance/text/matcher'
import { normalizeTerm, normalizeText, originalRange } from '@/compliance/text/normalize'

const rules: MatchRule[] = [
  { id: 'r1', term: '敏感词', kind: 'block', category: 'political' },
  { id: 'r2', term: '最佳', kind: 'warn', category: 'advertising' },
  {
    id: 'r3',
    term: '青岛科协',
    kind: 'replace',
    category: 'official-name',
    replacement: '青岛市科学技术协会',
  },
  { id: 'r4', term: 'casino', kind: 'block', category: 'custom' },
  { id: 'r5', term: 'bad.example', kind: 'domain', category: 'link' },
  {
    id: 'r6',
    term: '市科协',
    kind: 'replace',
    category: 'official-name',
    replacement: '青岛市科协',
  },
]
const compiled = compileRules(rules)

/** Every finding's rule id, offset and the original text it covers. */
const hits = (text: string) =>
  compiled.scanText(text).map(({ rule, offset, length, text: matched, kind }) => ({
    id: rule?.id ?? null,
    kind,
    offset,
    matched,
    isExact: text.slice(offset, offset + length) === matched,
  }))

describe('normaliser', () => {
  it('folds width, case, traditional characters and drops spaces, punctuation and invisibles', () => {
    expect(normalizeTerm('ＡＢＣ１２３')).toBe('abc123')
    expect(normalizeTerm('敏 感\u200b詞！')).toBe('敏感词')
    expect(normalizeTerm('Café')).toBe('cafe')
    expect(normalizeTerm('敏&#x611F;&amp;词')).toBe('敏感词')
  })

  it('maps every normalised character back to its original range', () => {
    const original = 'Ａ &nbsp;敏&#24863;詞'
    const normalized = normalizeText(original)
    expect(normalized.text).toBe('a敏感词')
    const at = normalized.text.indexOf('感')
    const range = originalRange(normalized, at, at + 1)
    expect(original.slice(range.start, range.end)).toBe('&#24863;')
    const whole = originalRange(normalized, 1, 4)
    expect(original.slice(whole.start, whole.end)).toBe('敏&#24863;詞')
  })
})

describe('matcher', () => {
  it.each([
    ['plain', '这是敏感词。', '敏感词'],
    ['spaces', '这是敏 感 词。', '敏 感 词'],
    ['symbols between characters', '这是敏*感-词', '敏*感-词'],
    ['zero-width characters', '这是敏\u200b感\u200d词', '敏\u200b感\u200d词'],
    ['traditional characters', '這是敏感詞', '敏感詞'],
    ['full-width punctuation', '敏，感。词', '敏，感。词'],
    ['HTML entities', '敏&nbsp;&#24863;词', '敏&nbsp;&#24863;词'],
  ])('finds a block term through %s, with its original offset and text', (_case, text, matched) => {
    const found = hits(text).filter(({ id }) => id === 'r1')
    expect(found).toEqual([
      { id: 'r1', kind: 'block', offset: text.indexOf(matched), matched, isExact: true },
    ])
  })

  it('finds Latin terms in any width and case, but not inside other words', () => {
    expect(hits('Visit the ＣＡＳＩＮＯ now').map(({ matched }) => matched)).toEqual([
      'ＣＡＳＩＮＯ',
    ])
    expect(hits('c a s i n o')).toHaveLength(1)
    expect(hits('occasinoal')).toHaveLength(0)
    expect(hits('去casino玩')).toHaveLength(1)
  })

  it('reports a replace rule with its preferred form, not inside the preferred form itself', () => {
    const [finding] = compiled.scanText('青岛科协举办活动')
    expect(finding).toMatchObject({
      kind: 'replace',
      severity: 'warn',
      replacement: '青岛市科学技术协会',
      rule: { id: 'r3', term: '青岛科协' },
    })
    expect(hits('青岛市科协举办活动')).toEqual([])
    expect(hits('市科协举办活动').map(({ id }) => id)).toEqual(['r6'])
  })

  it('marks warn rules as warnings and block rules as blocking', () => {
    const findings = compiled.scanText('最佳敏感词')
    expect(findings.map(({ severity, rule }) => [rule?.id, severity])).toEqual([
      ['r2', 'warn'],
      ['r1', 'block'],
    ])
  })

  it('blocks links to a blocked domain and its subdomains, and warns on plain http', () => {
    const text =
      '见 https://www.bad.example/x 和 http://ok.example.org/a。还有 https://notbad.example'
    const findings = compiled.scanText(text)
    expect(findings.map(({ kind, url }) => [kind, url])).toEqual([
      ['domain', 'https://www.bad.example/x'],
      ['insecure-link', 'http://ok.example.org/a'],
    ])
    expect(text.slice(findings[0].offset, findings[0].offset + findings[0].length)).toBe(
      'https://www.bad.example/x',
    )
    expect(compiled.scanLink('HTTPS://BAD.EXAMPLE')).toHaveLength(1)
    expect(compiled.scanLink('https://good.example')).toHaveLength(0)
    expect(normalizeDomain('*.Bad.Example/')).toBe('bad.example')
  })

  it('ignores disabled-free empty lists and empty texts', () => {
    expect(compileRules([]).scanText('敏感词')).toEqual([])
    expect(compiled.scanText('')).toEqual([])
  })
})

describe('rich text', () => {
  const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
  const doc = {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [text('前言')] },
        {
          type: 'paragraph',
          children: [
            text('这里有敏'),
            text('感', 1),
            { type: 'link', fields: { url: 'https://bad.example' }, children: [text('词汇')] },
          ],
        },
        {
          type: 'list',
          children: [
            { type: 'listitem', children: [text('最'), { type: 'linebreak' }, text('佳')] },
          ],
        },
        { type: 'upload', relationTo: 'media', value: 'm1', fields: { caption: '敏感词图' } },
      ],
    },
  }

  it('joins the text nodes of a block, so a term split by formatting and links still matches', () => {
    const parts = richTextParts(doc)
    expect(parts.blocks).toEqual(
      expect.arrayContaining([
        { path: 'root.children.0', text: '前言' },
        { path: 'root.children.1', text: '这里有敏感词汇' },
        { path: 'root.children.2.children.0', text: '最\n佳' },
        { path: 'root.children.3.fields.caption', text: '敏感词图' },
      ]),
    )
    expect(parts.links).toEqual([
      { path: 'root.children.1.children.2.fields.url', url: 'https://bad.example' },
    ])
    expect(parts.uploads).toEqual([{ path: 'root.children.3', relationTo: 'media', value: 'm1' }])
    const block = parts.blocks.find(({ path }) => path === 'root.children.1')
    const [finding] = compiled.scanText(block?.text ?? '')
    expect(finding).toMatchObject({ offset: 3, length: 3, text: '敏感词', kind: 'block' })
  })

  it('does not join separate paragraphs', () => {
    const split = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [text('敏感')] },
          { type: 'paragraph', children: [text('词')] },
        ],
      },
    }
    expect(richTextParts(split).blocks.flatMap(({ text: t }) => compiled.scanText(t))).toEqual([])
  })
})

describe('lists', () => {
  it('reads CSV and text lists and writes them back the same', () => {
    const csv =
      'term,kind,category,replacement,note,enabled\n"敏,感",block,political,,"说明 ""引号""",true\n青岛科协,replace,official-name,青岛市科学技术协会,,false\n'
    const parsed = parseRuleList(csv, 'csv')
    expect(parsed.errors).toEqual([])
    expect(parsed.rules.map(({ term, kind, enabled }) => [term, kind, enabled])).toEqual([
      ['敏,感', 'block', true],
      ['青岛科协', 'replace', false],
    ])
    expect(formatRuleList(parsed.rules, 'csv')).toBe(csv)
    const txt = parseRuleList('# 注释\n甲乙\n\n丙丁 => 戊\n', 'txt', {
      kind: 'replace',
      category: 'custom',
    })
    expect(txt.rules.map(({ term, replacement }) => [term, replacement])).toEqual([['丙丁', '戊']])
    expect(txt.errors).toEqual([{ line: 2, message: expect.stringContaining('replacement') }])
  })

  it('reports every bad line with its number', () => {
    const { errors } = parseRuleList(
      'term,kind\n好词,block\n,block\n好词,nope\n好 词,block\n。。,warn\n',
      'csv',
    )
    expect(errors.map(({ line }) => line)).toEqual([3, 4, 5, 6])
  })

  it('checks raw text as the endpoint does', () => {
    expect(scanPlainText(compiled, '敏感词')[0]).toMatchObject({ path: 'text', locale: null })
  })
})
