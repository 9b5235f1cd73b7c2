// The compliance matcher's cost, in this process (no server): building it for 50,000 rules, and
// checking a 20,000-character article against them. `npm run bench` (or `-- --only compliance`).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { scanPlainText } from '@/compliance/scan/document'
import type { MatchRule, RuleKind } from '@/compliance/text/matcher'
import { compileRules } from '@/compliance/text/matcher'

// `npm run bench` runs from the project's root.
const projectRoot = process.cwd()

export const COMPLIANCE_RULES = 50_000
export const COMPLIANCE_ARTICLE_CHARS = 20_000
export const COMPLIANCE_CHECK_RUNS = 200
const BUILD_RUNS = 5

/** A fixed pseudo-random sequence, so every run measures the same rules. */
const random = (seed: number) => () => {
  // mulberry32: 32-bit integer arithmetic throughout (a float LCG loses its low bits and cycles).
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}

// Common characters of news text, so terms share prefixes and hit the text as a real list does.
const CHARACTERS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研'
const LATIN = 'abcdefghijklmnopqrstuvwxyz'

const kinds: RuleKind[] = ['block', 'warn', 'replace']

/** `count` distinct rules: mostly Chinese terms of 2 to 6 characters, some English and domains. */
export const syntheticRules = (count: number): MatchRule[] => {
  const next = random(7)
  const pick = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
  const seen = new Set<string>()
  const rules: MatchRule[] = []
  while (rules.length < count) {
    const roll = next()
    const kind: RuleKind = roll < 0.05 ? 'domain' : kinds[Math.floor(next() * kinds.length)]
    const term =
      kind === 'domain'
        ? `${pick(LATIN, 5 + Math.floor(next() * 6))}.example`
        : roll < 0.15
          ? `${pick(LATIN, 4 + Math.floor(next() * 5))} ${pick(LATIN, 3 + Math.floor(next() * 5))}`
          : pick(CHARACTERS, 3 + Math.floor(next() * 4))
    const key = `${kind}:${term}`
    if (seen.has(key)) continue
    seen.add(key)
    rules.push({
      id: String(rules.length + 1),
      term,
      kind,
      category: 'custom',
      replacement: kind === 'replace' ? `${term}（规范）` : null,
    })
  }
  return rules
}

/** Ordinary news text (the clean corpus, repeated) to the length asked, with a few rule terms. */
export const syntheticArticle = (length: number, rules: readonly MatchRule[]): string => {
  const corpus = readFileSync(path.join(projectRoot, 'tests/fixtures/clean-news.zh.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
  const parts: string[] = []
  let total = 0
  for (let at = 0; total < length; at += 1) {
    // Every tenth paragraph carries a term of the list, written with a space inside it.
    const term = rules[(at * 997) % rules.length].term
    const paragraph =
      corpus[at % corpus.length] +
      (at % 10 === 0 ? ` 另见${term.slice(0, 1)} ${term.slice(1)}。` : '')
    parts.push(paragraph)
    total += paragraph.length + 1
  }
  return parts.join('\n').slice(0, length)
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const round = (value: number) => Math.round(value * 100) / 100

export type ComplianceBench = {
  complianceBuildMs: { median: number; min: number; max: number; runs: number }
  complianceCheckMs: { p50: number; p99: number; runs: number; findings: number }
  rules: number
  articleChars: number
}

export const benchCompliance = (): ComplianceBench => {
  const rules = syntheticRules(COMPLIANCE_RULES)
  const builds: number[] = []
  let compiled = compileRules(rules)
  for (let run = 0; run < BUILD_RUNS; run += 1) {
    const started = performance.now()
    compiled = compileRules(rules)
    builds.push(performance.now() - started)
  }
  const article = syntheticArticle(COMPLIANCE_ARTICLE_CHARS, rules)
  // Warm-up: the first scans compile the code paths.
  for (let run = 0; run < 10; run += 1) scanPlainText(compiled, article)
  const checks: number[] = []
  let findings = 0
  for (let run = 0; run < COMPLIANCE_CHECK_RUNS; run += 1) {
    const started = performance.now()
    findings = scanPlainText(compiled, article).length
    checks.push(performance.now() - started)
  }
  builds.sort((a, b) => a - b)
  checks.sort((a, b) => a - b)
  return {
    complianceBuildMs: {
      median: round(percentile(builds, 50)),
      min: round(builds[0]),
      max: round(builds[builds.length - 1]),
      runs: BUILD_RUNS,
    },
    complianceCheckMs: {
      p50: round(percentile(checks, 50)),
      p99: round(percentile(checks, 99)),
      runs: COMPLIANCE_CHECK_RUNS,
      findings,
    },
    rules: rules.length,
    articleChars: article.length,
  }
}
