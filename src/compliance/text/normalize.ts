import { Converter } from 'opencc-js/t2cn'

/**
 * The text the matcher reads, and where each of its UTF-16 units came from in the original: unit
 * `i` of `text` stands for `original.slice(starts[i], ends[i])`.
 */
export type NormalizedText = {
  text: string
  starts: number[]
  ends: number[]
}

// Character by character (not OpenCC's phrase segmentation), so every output character keeps
// its place in the original; the phrase rules only matter for display, not for matching.
const toSimplified = Converter({ from: 't', to: 'cn' })
const simplifiedCache = new Map<string, string>()

const simplified = (char: string): string => {
  if (char.charCodeAt(0) < 0x2e80) return char
  let converted = simplifiedCache.get(char)
  if (converted === undefined) {
    converted = toSimplified(char)
    simplifiedCache.set(char, converted)
  }
  return converted
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  middot: '\u00b7',
  bull: '\u2022',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  times: '\u00d7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
}

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y

/** The character an HTML entity at `at` stands for, and its length; null when there is none. */
const entityAt = (source: string, at: number): null | { char: string; length: number } => {
  ENTITY.lastIndex = at
  const found = ENTITY.exec(source)
  if (!found) return null
  const body = found[1]
  let char: string | undefined
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
    char = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  } else {
    char = NAMED_ENTITIES[body.toLowerCase()]
  }
  return char === undefined ? null : { char, length: found[0].length }
}

// What a writer can put between the characters of a word without a reader noticing much: spaces
// of every width, punctuation, symbols, zero-width and other format characters, combining marks.
const IGNORED = /[\p{White_Space}\p{P}\p{S}\p{Cf}\p{Cc}\p{M}]/u

/**
 * Folds a code point to the form terms are compared in: compatibility forms (full-width letters
 * and digits, circled and styled variants) to plain ones, lower case, no accents, simplified
 * Chinese. Empty when the character is one of the IGNORED ones.
 */
// Folding a character (NFKD, a regular expression, OpenCC) costs far more than a lookup, and
// texts and lists reuse few distinct characters; bounded by the number of characters there are.
const folds = new Map<string, string>()

export const foldChar = (char: string): string => {
  const known = folds.get(char)
  if (known !== undefined) return known
  let folded = ''
  for (const part of char.normalize('NFKD')) {
    if (IGNORED.test(part)) continue
    folded += simplified(part.toLowerCase())
  }
  folds.set(char, folded)
  return folded
}

/**
 * Normalises text for matching and keeps the way back: HTML entities decoded, compatibility
 * forms folded, case and accents dropped, traditional characters simplified, and spaces,
 * punctuation, symbols and invisible characters removed (so 敏 感, 敏*感 and 敏\u200b感 read 敏感).
 */
export const normalizeText = (original: string): NormalizedText => {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  while (at < original.length) {
    let char: string
    let length: number
    const entity = original[at] === '&' ? entityAt(original, at) : null
    if (entity) {
      char = entity.char
      length = entity.length
    } else {
      const codePoint = original.codePointAt(at) ?? 0
      char = String.fromCodePoint(codePoint)
      length = char.length
    }
    const folded = foldChar(char)
    for (let unit = 0; unit < folded.length; unit += 1) {
      starts.push(at)
      ends.push(at + length)
    }
    text += folded
    at += length
  }
  return { text, starts, ends }
}

/** A term as the matcher stores it (the same folding as the text, without the way back). */
export const normalizeTerm = (term: string): string => normalizeText(term).text

/** The original range of the normalised range [start, end). */
export const originalRange = (
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } => ({
  start: normalized.starts[start],
  end: normalized.ends[end - 1],
})
