import { foldText } from './fold'
import { hanCharacters, isFollowedByHan } from './hanCharacters'

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const HAN_WORD = /^\p{Script=Han}+$/u
const HAN_RUN = /\p{Script=Han}+/u
/** Longer "words" are identifiers, hashes or URLs nobody types into a search box. */
const MAX_WORD_LENGTH = 40

/**
 * The lookup keys of a text, which a query finds it by (src/delivery/search/query/parseQuery.ts
 * builds the same keys from the query):
 * - the toneless pinyin of every pair of neighbouring Han characters, joined (科普: kepu), and its
 *   initials (kp). A Chinese query is looked up by its pinyin too (every reading of a polyphonic
 *   character), so any word, or a word inside a longer one (水族 in 水族馆), is found whatever
 *   Intl.Segmenter made of the text; the text of the candidates then tells 科普 from a homophone.
 *   A pair pinyin-pro cannot spell is a key as it is;
 * - for each word of three or more characters by Intl.Segmenter: its pinyin joined and its
 *   initials (kepuguan, kpg);
 * - every other word, folded (english, 2024);
 * - with `hasSingles` (titles and summaries): each Han character and its syllable too. A body
 *   leaves them out, a third of its keys: one character or syllable alone finds titles and
 *   summaries, and within a longer query it is checked on the text of the candidates.
 * `syllables` are those of `hanSyllables(text)`.
 */
export const indexTerms = (
  text: string,
  syllables: string[],
  { hasSingles }: { hasSingles: boolean },
): string[] => {
  const folded = foldText(text)
  const terms = new Set<string>()
  const characters = hanCharacters(folded)
  const hanIndexAt = new Map(characters.map(({ start }, k) => [start, k]))

  characters.forEach(({ char }, k) => {
    const syllable = syllables[k]
    if (hasSingles) {
      terms.add(char)
      if (syllable) terms.add(syllable)
    }
    if (!isFollowedByHan(characters, k)) return
    const next = syllables[k + 1]
    if (syllable && next) {
      terms.add(syllable + next)
      terms.add(syllable[0] + next[0])
    } else {
      terms.add(char + characters[k + 1].char)
    }
  })

  for (const { segment, index, isWordLike } of segmenter.segment(folded)) {
    if (!isWordLike) continue
    const first = hanIndexAt.get(index)
    if (first !== undefined && HAN_WORD.test(segment)) {
      const length = [...segment].length
      // Pairs are keys already.
      if (length < 3) continue
      const spelled = syllables.slice(first, first + length)
      if (spelled.every(Boolean)) {
        terms.add(spelled.join(''))
        terms.add(spelled.map((syllable) => syllable[0]).join(''))
      }
      continue
    }
    for (const word of segment.split(HAN_RUN)) {
      if (word && [...word].length <= MAX_WORD_LENGTH) terms.add(word)
    }
  }
  return [...terms]
}
