/**
 * Folds text for matching without changing its length, so an offset found in the folded text is
 * the same offset in the original (which snippets show): full-width ASCII (ｋｅｐｕ, ２０２４) becomes
 * ASCII, letters become lower case where that keeps the length, and ü becomes v as pinyin is
 * typed on a keyboard (绿 -> lv).
 */
export const foldText = (text: string): string => {
  let folded = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0xff01 && code <= 0xff5e) {
      folded += String.fromCharCode(code - 0xfee0).toLowerCase()
    } else if (code === 0x3000) {
      folded += ' '
    } else {
      const lower = char.toLowerCase()
      const kept = lower.length === char.length ? lower : char
      folded += kept === 'ü' ? 'v' : kept
    }
  }
  return folded
}

const HAN_CHAR = /\p{Script=Han}/u

export const isHan = (char: string): boolean => HAN_CHAR.test(char)

/** Letters and digits of any script: what separates one word from the next. */
const WORD_CHAR = /[\p{L}\p{N}]/u

/** Whether a non-Han word starts or ends at `index` (Han characters border any word). */
export const isWordBoundary = (text: string, index: number): boolean => {
  const char = text[index]
  return char === undefined || !WORD_CHAR.test(char) || isHan(char)
}
