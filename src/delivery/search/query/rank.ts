import type { FieldText, Match } from './match'
import { findMatches } from './match'
import type { ParsedQuery } from './parseQuery'

export type FieldKind = 'title' | 'summary' | 'body'

/** A field of a hit with the matches of each query unit in it. */
export type MatchedField = { kind: FieldKind; field: FieldText; perUnit: Match[][] }

export const matchField = (
  query: ParsedQuery,
  kind: FieldKind,
  field: FieldText,
): MatchedField => ({
  kind,
  field,
  perUnit: query.units.map((unit) => findMatches(unit, field)),
})

// A word in the title outweighs the same word in the summary, which outweighs it in the body;
// the query as a phrase earns more than its words scattered in the same field.
export const FIELD_WEIGHT: Record<FieldKind, number> = { title: 10, summary: 4, body: 1 }
const PHRASE_BONUS: Record<FieldKind, number> = { title: 12, summary: 5, body: 2 }
const EXACT_TITLE_BONUS = 20
const REPEAT_BONUS = 0.1
const MAX_REPEATS = 5

/** The most that body text can add to a score computed without it. */
export const maxBodyBonus = (unitCount: number): number =>
  unitCount * REPEAT_BONUS * MAX_REPEATS + PHRASE_BONUS.body

/** Only spaces and punctuation (at most three) may stand between the words of a phrase. */
const PHRASE_GAP = /^[\s\p{P}\p{S}]{0,3}$/u

/** Whether the units occur in the field in query order, each right after the one before. */
const hasPhrase = ({ field, perUnit }: MatchedField): boolean => {
  let ends = perUnit[0].map((match) => match.end)
  for (const matches of perUnit.slice(1)) {
    ends = matches
      .filter(({ start }) =>
        ends.some((end) => start >= end && PHRASE_GAP.test(field.folded.slice(end, start))),
      )
      .map((match) => match.end)
    if (!ends.length) return false
  }
  return ends.length > 0
}

const spacesCollapsed = (text: string) => text.replace(/\s+/g, ' ').trim()

export type Score = {
  score: number
  /** Indexes of the units that matched in none of the fields. */
  missing: number[]
}

export const scoreFields = (query: ParsedQuery, fields: MatchedField[]): Score => {
  let score = 0
  const missing: number[] = []
  query.units.forEach((_, unit) => {
    let best = 0
    let count = 0
    for (const { kind, perUnit } of fields) {
      const matches = perUnit[unit]
      if (!matches.length) continue
      count += matches.length
      const quality = Math.max(...matches.map((match) => match.quality))
      best = Math.max(best, FIELD_WEIGHT[kind] * quality)
    }
    if (!best) missing.push(unit)
    score += best + REPEAT_BONUS * Math.min(count, MAX_REPEATS)
  })
  if (query.units.length > 1) {
    score += Math.max(0, ...fields.filter(hasPhrase).map(({ kind }) => PHRASE_BONUS[kind]))
  }
  const title = fields.find(({ kind }) => kind === 'title')
  if (title && spacesCollapsed(title.field.folded) === spacesCollapsed(query.text)) {
    score += EXACT_TITLE_BONUS
  }
  return { score, missing }
}
