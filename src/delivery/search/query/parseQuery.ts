import { foldText } from '../text/fold'
import { hanReadings, pinyinSpellings } from '../text/pinyin'

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const HAN_OR_OTHER = /\p{Script=Han}+|[^\p{Script=Han}]+/gu
const HAN = /^\p{Script=Han}+$/u
const LETTERS = /^[a-z]+$/
/** Initials longer than this are more likely a word nobody wrote than an abbreviation. */
const MAX_INITIALS = 12

/**
 * Words that join other words. Dropped from a query that has other words ("青岛的科普" finds
 * 青岛科普 too), kept when they are all there is.
 */
const JOINING_WORDS = new Set(
  ['的', '了', '和', '与', '及', '或', '在', '是', '之', '等', '对', '为'].concat([
    'a',
    'an',
    'and',
    'at',
    'by',
    'for',
    'in',
    'of',
    'on',
    'or',
    'the',
    'to',
    'with',
  ]),
)

/** Lookup keys any one of which will do (the readings of a pair: yinhang, yinxing, ...). */
export type KeyChoice = string[]

/** One word of a query; a document matches the query when it matches every unit. */
export type QueryUnit = {
  /** The word, folded (lower case, half-width). */
  text: string
  isHan: boolean
  /** Latin letters that no pinyin spelling explains (kp, lsq): read as the initials of Han words. */
  isInitials: boolean
  /**
   * One Han character or one syllable: bodies are not indexed by those (text/terms.ts), so the
   * lookups cannot tell which bodies hold the unit; the candidates' text does.
   */
  isSingle: boolean
  /**
   * Ways to find the unit by lookup keys (text/terms.ts): an index row may hold it when, for one
   * of the alternatives, it holds a key of every choice. The text itself decides (query/match.ts).
   */
  alternatives: KeyChoice[][]
}

export type ParsedQuery = { text: string; units: QueryUnit[] }

const pairs = <T>(items: T[], join: (a: T, b: T) => string): string[] =>
  items.slice(1).map((item, index) => join(items[index], item))

const everyPair = (left: string[], right: string[]): string[] =>
  left.flatMap((a) => right.map((b) => a + b))

const hanUnit = (text: string): QueryUnit => {
  const characters = [...text]
  const isSingle = characters.length === 1
  const readings = hanReadings(text)
  // Pairs are looked up by pinyin, as the index keeps them; a pair with a character pinyin-pro
  // cannot spell is a key as it is.
  const choices = characters
    .slice(1)
    .map((character, index) =>
      readings[index].length && readings[index + 1].length
        ? everyPair(readings[index], readings[index + 1])
        : [characters[index] + character],
    )
  return {
    text,
    isHan: true,
    isInitials: false,
    isSingle,
    alternatives: [isSingle ? [characters] : choices],
  }
}

const latinUnit = (text: string): QueryUnit => {
  const alternatives: KeyChoice[][] = [[[text]]]
  const isLetters = LETTERS.test(text)
  const spellings = isLetters ? pinyinSpellings(text) : []
  for (const syllables of spellings) {
    if (syllables.length > 1) alternatives.push(pairs(syllables, (a, b) => a + b).map((k) => [k]))
  }
  const isInitials =
    isLetters && spellings.length === 0 && text.length >= 2 && text.length <= MAX_INITIALS
  if (isInitials && text.length > 2) {
    alternatives.push(pairs([...text], (a, b) => a + b).map((key) => [key]))
  }
  const isSingle = spellings.some((syllables) => syllables.length === 1)
  return { text, isHan: false, isInitials, isSingle, alternatives }
}

/**
 * Splits a query into words as the index splits text: Intl.Segmenter's words, Han and other
 * scripts apart ("2024年" is 2024 and 年).
 */
export const parseQuery = (query: string): ParsedQuery => {
  const text = foldText(query.normalize('NFKC')).trim()
  const words: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) words.push(...(segment.match(HAN_OR_OTHER) ?? []))
  }
  const distinct = [...new Set(words)]
  const meaningful = distinct.filter((word) => !JOINING_WORDS.has(word))
  const units = (meaningful.length ? meaningful : distinct).map((word) =>
    HAN.test(word) ? hanUnit(word) : latinUnit(word),
  )
  return { text, units }
}
