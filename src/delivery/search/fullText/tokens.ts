import type { IndexRow } from '../documentRows'
import type { LookupPlan } from '../query/lookups'
import { foldText } from '../text/fold'
import { hanSyllables } from '../text/pinyin'

const ASCII_WORD = /^[a-z0-9]+$/
const HAN_WORD = /^\p{Script=Han}+$/u
const LETTERS = /^\p{L}+$/u

/**
 * A lookup key as one token of the database's full-text index. Both tokenizers (SQLite FTS5's
 * `unicode61`, PostgreSQL's parser with the `simple` configuration) keep a run of lower-case ASCII
 * letters and digits, or of Han characters, as one token; any other key (2.0, c++, é, a CJK
 * radical) is spelled out as the hex of its code points, so the index splits nothing and a query
 * can carry no syntax of either engine.
 */
export const tokenOf = (key: string): string =>
  ASCII_WORD.test(key) || (HAN_WORD.test(key) && LETTERS.test(key))
    ? key
    : `zz${[...key].map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(6, '0')).join('')}`

/** Column weights: a key in the title or summary counts ten times one in the body (query/rank.ts). */
export const HEAD_WEIGHT = 10
export const BODY_WEIGHT = 1

/** A body part stored beside the tokens for ranking and snippets. */
export type StoredPart = { body: string; bodyPinyin: string }

/** One row of the full-text table: a document as the readers of `locales` see it. */
export type FullTextRow = {
  collection: string
  docId: string
  /** Space-separated locale codes (`zh en`). */
  locales: string
  slug: null | string
  sortDate: null | string
  title: string
  titlePinyin: string
  summary: string
  summaryPinyin: string
  parts: StoredPart[]
  /** Tokens of the title and summary, space-separated. */
  head: string
  /** Tokens of the body. */
  body: string
  /** Tokens the suggestions find the title by: its tail from each word on, as typed, in pinyin and in initials. */
  suggest: string
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
/** Word starts of a title that suggestions complete from (the first few are enough). */
const MAX_SUGGEST_STARTS = 8

/**
 * The title from each of its first words to its end, without spaces or punctuation: as written
 * (青岛水族馆, 水族馆), in pinyin (qingdaoshuizuguan) and in initials (qdszg), so that whatever a
 * reader has typed of a word of the title finds it by prefix.
 */
export const suggestTokens = (title: string): string[] => {
  const folded = foldText(title)
  const words = [...segmenter.segment(folded)].filter(({ isWordLike }) => isWordLike)
  const tokens = new Set<string>()
  words.slice(0, MAX_SUGGEST_STARTS).forEach((_, start) => {
    const rest = words.slice(start).map(({ segment }) => segment)
    const written = rest.join('').replace(/[^\p{L}\p{N}]/gu, '')
    if (written && (HAN_WORD.test(written) || ASCII_WORD.test(written))) tokens.add(written)
    const syllables = hanSyllables(rest.join(''))
    if (syllables.length && syllables.every(Boolean)) {
      tokens.add(syllables.join(''))
      tokens.add(syllables.map((syllable) => syllable[0]).join(''))
    }
  })
  return [...tokens].filter((token) => [...token].length <= 60)
}

const termsOf = (rows: IndexRow[]): string =>
  [...new Set(rows.flatMap((row) => row.terms.map(tokenOf)))].join(' ')

/**
 * The full-text rows of a document from its index rows and their keys: one per set of locales
 * whose readers see the same head and body (most documents: one row for `zh en`).
 */
export const fullTextRows = (rows: IndexRow[]): FullTextRow[] => {
  const locales = [...new Set(rows.flatMap((row) => row.readerLocales.split(' ')))]
  const byView = new Map<string, { locales: string[]; head: IndexRow; parts: IndexRow[] }>()
  for (const locale of locales) {
    const seen = rows.filter((row) => row.readerLocales.split(' ').includes(locale))
    const head = seen.find((row) => row.chunk === 0)
    if (!head) continue
    const parts = seen.filter((row) => row.chunk > 0).sort((a, b) => a.chunk - b.chunk)
    const key = [head, ...parts].map((row) => rows.indexOf(row)).join(',')
    const view = byView.get(key) ?? { locales: [], head, parts }
    view.locales.push(locale)
    byView.set(key, view)
  }
  return [...byView.values()].map(({ locales: readers, head, parts }) => ({
    collection: head.collection,
    docId: head.docId,
    locales: readers.join(' '),
    slug: head.slug ?? null,
    sortDate: head.sortDate ?? null,
    title: head.title ?? '',
    titlePinyin: head.titlePinyin ?? '',
    summary: head.summary ?? '',
    summaryPinyin: head.summaryPinyin ?? '',
    parts: parts.map((part) => ({ body: part.body ?? '', bodyPinyin: part.bodyPinyin ?? '' })),
    head: termsOf([head]),
    body: termsOf(parts),
    suggest: suggestTokens(head.title ?? '')
      .map(tokenOf)
      .join(' '),
  }))
}

/** A full-text query: every unit's alternatives, each a conjunction of choices of keys. */
export type TokenQuery = string[][][][]

/**
 * The tokens a document must hold for the plan's units (src/delivery/search/query/lookups.ts):
 * for each unit, one of its alternatives, each of whose choices by one of its keys. Units the
 * plan cannot narrow (`isSparse`) are left to the text.
 */
export const tokenQuery = (plan: LookupPlan, isSparse: boolean[]): TokenQuery =>
  plan.alternatives
    .filter((_, unit) => !isSparse[unit])
    .map((alternatives) =>
      alternatives.map((choices) => choices.map((choice) => [...new Set(choice.map(tokenOf))])),
    )

/** The query whose rows hold any one of its words (of a query of one word: the same query). */
export const anyUnitQuery = (query: TokenQuery): TokenQuery =>
  query.length > 1 ? [query.flat()] : query

const group = (parts: string[], operator: string) =>
  parts.length === 1 ? parts[0] : `(${parts.join(` ${operator} `)})`

/** The query as an FTS5 expression: `"kepu" AND ("yinhang" OR "yinxing")`. */
export const fts5Expression = (query: TokenQuery): string =>
  query
    .map((alternatives) =>
      group(
        alternatives.map((choices) =>
          group(
            choices.map((keys) =>
              group(
                keys.map((key) => `"${key}"`),
                'OR',
              ),
            ),
            'AND',
          ),
        ),
        'OR',
      ),
    )
    .join(' AND ')

/**
 * The query as PostgreSQL `tsquery` text: `kepu & (yinhang | yinxing)`; with a `weight`, keys of
 * that weight only (`kepu:A`: in the title or summary).
 */
export const tsqueryText = (query: TokenQuery, weight = ''): string =>
  query
    .map((alternatives) =>
      group(
        alternatives.map((choices) =>
          group(
            choices.map((keys) =>
              group(
                keys.map((key) => (weight ? `${key}:${weight}` : key)),
                '|',
              ),
            ),
            '&',
          ),
        ),
        '|',
      ),
    )
    .join(' & ')
