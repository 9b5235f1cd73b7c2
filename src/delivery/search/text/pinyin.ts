import { pinyin, polyphonic } from 'pinyin-pro'

const HAN_RUN = /\p{Script=Han}+/gu
const SYLLABLE = /^[a-z]+$/
// Interjections spelled without a vowel (嗯 n, 呒 m, 哼 hng) would read every pair of initials
// ("mn") as a spelled word: they are left out of the syllables a query is split into.
const HAS_VOWEL = /[aeiouv]/

/**
 * The toneless pinyin of each Han character of `text`, in order ('' for a character pinyin-pro
 * cannot spell). Runs are spelled whole so that pinyin-pro picks the reading of a polyphonic
 * character from its neighbours (银行 yin hang, 行走 xing zou); ü is spelled v (绿 lv).
 */
export const hanSyllables = (text: string): string[] => {
  const syllables: string[] = []
  for (const [run] of text.matchAll(HAN_RUN)) {
    const spelled = pinyin(run, { toneType: 'none', type: 'array', v: true })
    const characters = [...run]
    characters.forEach((_, index) => {
      const syllable = spelled[index]?.toLowerCase() ?? ''
      syllables.push(SYLLABLE.test(syllable) ? syllable : '')
    })
  }
  return syllables
}

/**
 * Every toneless reading of each Han character of `text` (行: xing, hang, heng), for looking up a
 * query whose context may not settle the reading the text has.
 */
export const hanReadings = (text: string): string[][] =>
  [...text.matchAll(HAN_RUN)].flatMap(([run]) =>
    polyphonic(run, { toneType: 'none', type: 'array', v: true }).map((readings) => [
      ...new Set(readings.map((reading) => reading.toLowerCase()).filter((r) => SYLLABLE.test(r))),
    ]),
  )

/** Stored beside each indexed text: one syllable per Han character, `-` where there is none. */
export const serializeSyllables = (syllables: string[]): string =>
  syllables.map((syllable) => syllable || '-').join(' ')

export const parseSyllables = (stored: null | string | undefined): string[] =>
  stored ? stored.split(' ').map((syllable) => (syllable === '-' ? '' : syllable)) : []

let knownSyllables: Set<string> | undefined

/** Every toneless syllable pinyin-pro spells (about 400), read once from the CJK block. */
const syllableSet = (): Set<string> => {
  if (!knownSyllables) {
    let block = ''
    for (let code = 0x4e00; code <= 0x9fff; code += 1) block += String.fromCharCode(code)
    const spelled = pinyin(block, { toneType: 'none', type: 'array', v: true })
    knownSyllables = new Set(spelled.filter((s) => SYLLABLE.test(s) && HAS_VOWEL.test(s)))
  }
  return knownSyllables
}

const LONGEST_SYLLABLE = 6

/**
 * The ways `letters` splits into pinyin syllables, fewest syllables first: `kepu` -> [ke, pu];
 * `xian` -> [xian], [xi, an]. Empty when it is not pinyin (`kp`, initials; `hello`).
 */
export const pinyinSpellings = (letters: string, max = 6): string[][] => {
  const syllables = syllableSet()
  // canEnd[i]: letters.slice(i) splits into syllables; walking only towards such positions
  // keeps the search linear in the number of spellings returned.
  const canEnd: boolean[] = []
  canEnd[letters.length] = true
  for (let start = letters.length - 1; start >= 0; start -= 1) {
    canEnd[start] = false
    for (
      let length = 1;
      length <= LONGEST_SYLLABLE && start + length <= letters.length;
      length += 1
    ) {
      if (canEnd[start + length] && syllables.has(letters.slice(start, start + length))) {
        canEnd[start] = true
        break
      }
    }
  }
  if (!letters || !canEnd[0]) return []
  const spellings: string[][] = []
  const walk = (start: number, spelled: string[]) => {
    if (spellings.length >= max * 4) return
    if (start === letters.length) {
      spellings.push([...spelled])
      return
    }
    for (let length = LONGEST_SYLLABLE; length >= 1; length -= 1) {
      const syllable = letters.slice(start, start + length)
      if (start + length > letters.length || !canEnd[start + length]) continue
      if (!syllables.has(syllable)) continue
      walk(start + length, [...spelled, syllable])
    }
  }
  walk(0, [])
  return spellings.sort((a, b) => a.length - b.length).slice(0, max)
}
