import type { Match } from './match'
import type { MatchedField } from './rank'

/** About two lines of Chinese on a phone: long enough for context, short enough to scan. */
const SNIPPET_LENGTH = 120
/** How much text comes before the first match in the window. */
const LEAD = 30

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

const isLowSurrogate = (text: string, index: number) => {
  const code = text.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff
}

/** Moves an offset off the middle of a surrogate pair, so no character is cut in half. */
const onCharacter = (text: string, index: number) =>
  index > 0 && index < text.length && isLowSurrogate(text, index) ? index - 1 : index

const mergeRanges = (matches: Match[]): Match[] => {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Match[] = []
  for (const match of sorted) {
    const last = merged.at(-1)
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end)
    else merged.push({ ...match })
  }
  return merged
}

/**
 * `text` from `start` to `end` as HTML: escaped, `<mark>` around the matches, an ellipsis where
 * it was cut, line breaks as spaces.
 */
export const highlight = (text: string, matches: Match[], start = 0, end = text.length): string => {
  const from = onCharacter(text, start)
  const to = onCharacter(text, end)
  let html = from > 0 ? '…' : ''
  let at = from
  for (const { start: markStart, end: markEnd } of mergeRanges(matches)) {
    const clippedStart = Math.max(markStart, at)
    const clippedEnd = Math.min(markEnd, to)
    if (clippedStart >= clippedEnd) continue
    html += escapeHtml(text.slice(at, clippedStart))
    html += `<mark>${escapeHtml(text.slice(clippedStart, clippedEnd))}</mark>`
    at = clippedEnd
  }
  html += escapeHtml(text.slice(at, to))
  if (to < text.length) html += '…'
  return html.replace(/\n/g, ' ')
}

type Window = { field: MatchedField; start: number; end: number; units: number; matches: number }

/**
 * The passage of the summary or body that shows the most query words (then the most matches),
 * highlighted; the opening of the summary or body when the words are only in the title.
 */
export const buildSnippet = (fields: MatchedField[]): string => {
  let best: undefined | Window
  for (const field of fields) {
    const all = field.perUnit.flat()
    for (const anchor of all) {
      const length = field.field.text.length
      const start = Math.max(0, Math.min(anchor.start - LEAD, length - SNIPPET_LENGTH))
      const end = Math.min(length, start + SNIPPET_LENGTH)
      const inside = (match: Match) => match.start >= start && match.end <= end
      const units = field.perUnit.filter((matches) => matches.some(inside)).length
      const matches = all.filter(inside).length
      if (!best || units > best.units || (units === best.units && matches > best.matches)) {
        best = { field, start, end, units, matches }
      }
    }
  }
  if (best) {
    return highlight(best.field.field.text, best.field.perUnit.flat(), best.start, best.end)
  }
  const opening = fields.find(({ field }) => field.text)?.field.text ?? ''
  return highlight(opening, [], 0, Math.min(opening.length, SNIPPET_LENGTH))
}
