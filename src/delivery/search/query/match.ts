import { foldText, isWordBoundary } from '../text/fold'
import type { HanCharacter } from '../text/hanCharacters'
import { hanCharacters, isFollowedByHan } from '../text/hanCharacters'
import { parseSyllables } from '../text/pinyin'

import type { QueryUnit } from './parseQuery'

/** A stored text made ready for matching: folded, with the pinyin of its Han characters. */
export type FieldText = {
  text: string
  folded: string
  han: HanCharacter[]
  syllables: string[]
}

export const prepareField = (
  text: null | string | undefined,
  pinyin: null | string | undefined,
): FieldText => {
  const folded = foldText(text ?? '')
  return { text: text ?? '', folded, han: hanCharacters(folded), syllables: parseSyllables(pinyin) }
}

/** Where a unit matched, in UTF-16 offsets of the text, and how literally. */
export type Match = { start: number; end: number; quality: number }

/** The word as typed outranks its pinyin, which outranks a guess from initials. */
export const MATCH_QUALITY = { exact: 1, pinyin: 0.9, initials: 0.6 } as const

const LETTERS = /^[a-z]+$/

const occurrences = (folded: string, word: string, isWholeWord: boolean): Match[] => {
  const matches: Match[] = []
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    const end = at + word.length
    if (isWholeWord && !(isWordBoundary(folded, at - 1) && isWordBoundary(folded, end))) continue
    matches.push({ start: at, end, quality: MATCH_QUALITY.exact })
  }
  return matches
}

/**
 * Runs of neighbouring Han characters whose syllables spell `letters` (kepu: 科普). The text's own
 * syllables decide how the letters split (xian: 西安 or 先), so no spelling is guessed.
 */
const pinyinMatches = ({ han, syllables }: FieldText, letters: string): Match[] => {
  const matches: Match[] = []
  han.forEach((first, k) => {
    let spelled = 0
    let next = k
    while (spelled < letters.length && next < han.length) {
      if (next > k && !isFollowedByHan(han, next - 1)) break
      const syllable = syllables[next]
      if (!syllable || !letters.startsWith(syllable, spelled)) break
      spelled += syllable.length
      next += 1
    }
    if (spelled === letters.length && next > k) {
      matches.push({ start: first.start, end: han[next - 1].end, quality: MATCH_QUALITY.pinyin })
    }
  })
  return matches
}

/** Runs of neighbouring Han characters whose initials are `letters` (kp: 科普, 考评 ...). */
const initialsMatches = ({ han, syllables }: FieldText, letters: string): Match[] => {
  const matches: Match[] = []
  for (let k = 0; k + letters.length <= han.length; k += 1) {
    let isMatch = true
    for (let offset = 0; offset < letters.length && isMatch; offset += 1) {
      const isInRun = offset === 0 || isFollowedByHan(han, k + offset - 1)
      isMatch = isInRun && syllables[k + offset]?.[0] === letters[offset]
    }
    if (isMatch) {
      const end = han[k + letters.length - 1].end
      matches.push({ start: han[k].start, end, quality: MATCH_QUALITY.initials })
    }
  }
  return matches
}

/** Every place the unit occurs in the field: as written, as pinyin, or as initials. */
export const findMatches = (unit: QueryUnit, field: FieldText): Match[] => {
  if (!field.folded) return []
  if (unit.isHan) return occurrences(field.folded, unit.text, false)
  const matches = occurrences(field.folded, unit.text, true)
  if (LETTERS.test(unit.text) && unit.text.length > 1) {
    matches.push(...pinyinMatches(field, unit.text))
  }
  if (unit.isInitials) matches.push(...initialsMatches(field, unit.text))
  return matches
}
