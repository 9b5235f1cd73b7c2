const HAN_CHAR = /\p{Script=Han}/gu

/** A Han character of a text: where it is (UTF-16 offsets, as `String#slice` counts). */
export type HanCharacter = { char: string; start: number; end: number }

export const hanCharacters = (text: string): HanCharacter[] =>
  [...text.matchAll(HAN_CHAR)].map(({ 0: char, index }) => ({
    char,
    start: index,
    end: index + char.length,
  }))

/** Whether the k-th and the next Han character stand side by side (same run, no gap). */
export const isFollowedByHan = (characters: HanCharacter[], k: number): boolean =>
  k + 1 < characters.length && characters[k + 1].start === characters[k].end
