import type { KeyChoice, QueryUnit } from './parseQuery'

/** About this many indexed lookups per query; the texts of the candidates settle the rest. */
export const MAX_LOOKUPS = 24

/**
 * Every other pair and the last one still cover every character of a word: enough to narrow the
 * candidates, for half the lookups (科学技术协会: 科学, 技术, 协会 and 术协 are implied).
 */
const everyOtherPair = (choices: KeyChoice[]): KeyChoice[] =>
  choices.length <= 2
    ? choices
    : choices.filter((_, index) => index % 2 === 0 || index === choices.length - 1)

export type LookupPlan = {
  /** The distinct keys to look up, one indexed query each. */
  keys: string[]
  /** Per unit, its alternatives, each with the choices the plan kept (at least one). */
  alternatives: KeyChoice[][][]
}

/**
 * The keys to look up. Leaving out a whole choice only widens the candidates (the text decides),
 * so past MAX_LOOKUPS later choices are dropped, never a key from a choice.
 */
export const planLookups = (units: QueryUnit[]): LookupPlan => {
  const wanted = units.map((unit) => unit.alternatives.map(everyOtherPair))
  const keys = new Set<string>()
  const kept = wanted.map((alternatives) =>
    alternatives.map(([first]) => {
      first.forEach((key) => keys.add(key))
      return [first]
    }),
  )
  wanted.forEach((alternatives, unit) =>
    alternatives.forEach(([, ...rest], alternative) => {
      for (const choice of rest) {
        const added = choice.filter((key) => !keys.has(key)).length
        if (keys.size + added > MAX_LOOKUPS) return
        choice.forEach((key) => keys.add(key))
        kept[unit][alternative].push(choice)
      }
    }),
  )
  return { keys: [...keys], alternatives: kept }
}
