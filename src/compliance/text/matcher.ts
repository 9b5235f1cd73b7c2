import { CodeUnitAutomaton } from './automaton'
import type { NormalizedText } from './normalize'
import { foldChar, normalizeTerm, normalizeText, originalRange } from './normalize'

export const RULE_KINDS = ['block', 'warn', 'replace', 'domain'] as const

export type RuleKind = (typeof RULE_KINDS)[number]

export const isRuleKind = (value: unknown): value is RuleKind =>
  (RULE_KINDS as readonly unknown[]).includes(value)

/** What the matcher needs of a rule (a `compliance-rules` document, or a test's literal). */
export type MatchRule = {
  id: string
  term: string
  kind: RuleKind
  category?: null | string
  replacement?: null | string
}

/** `block` findings stop submit, approve and publish; `warn` findings are shown to reviewers. */
export type Severity = 'block' | 'warn'

/** A finding in one piece of text, before the document walk says which field it is in. */
export type TextFinding = {
  /** Offset in the original text (UTF-16 units, as JavaScript's `slice` counts). */
  offset: number
  length: number
  /** The original text matched, as written (with whatever was put between its characters). */
  text: string
  kind: RuleKind | 'insecure-link'
  severity: Severity
  category: null | string
  rule: null | { id: string; term: string }
  /** `replace` rules: the preferred form. */
  replacement?: string
  /** Link findings: the URL as written. */
  url?: string
}

const severityOf = (kind: RuleKind): Severity =>
  kind === 'block' || kind === 'domain' ? 'block' : 'warn'

const isPlainLatin = (term: string) => /^[a-z0-9]+$/.test(term)

const isLatinWordChar = (char: string | undefined) =>
  char !== undefined && /^[a-z0-9]$/.test(foldChar(char))

/**
 * A rule's domain as a bare host name (`Example.COM/`, `https://www.example.com` and
 * `*.example.com` all give `example.com` or `www.example.com`); null when it is not one.
 */
export const normalizeDomain = (value: string): null | string => {
  const trimmed = value.normalize('NFKC').trim().toLowerCase().replace(/^\*\./, '')
  if (!trimmed) return null
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`)
      .hostname
    return host.includes('.') && !host.startsWith('.') && !host.endsWith('.') ? host : null
  } catch {
    return null
  }
}

/** The host of a link as written: a full URL, a protocol-relative one, or `www.`-something. */
const hostOf = (url: string): null | string => {
  const candidate = url.normalize('NFKC').trim()
  const absolute = /^https?:\/\//i.test(candidate)
    ? candidate
    : candidate.startsWith('//')
      ? `http:${candidate}`
      : /^www\./i.test(candidate)
        ? `http://${candidate}`
        : null
  if (!absolute) return null
  try {
    return new URL(absolute).hostname.toLowerCase()
  } catch {
    return null
  }
}

// A link written into running text ends at a space or at the punctuation Chinese text puts after
// it; trailing ASCII punctuation (a full stop, a closing bracket) belongs to the sentence.
const PLAIN_URL =
  /(?:https?:\/\/|(?<![\w.])\/\/|(?<![\w.@/])www\.)[^\s<>"'，。、；：！？（）《》「」『』【】]+/giu

export type CompiledRules = {
  /** Rules in force (enabled) it was built from. */
  readonly size: number
  /** Every term finding and every link written in the text. */
  scanText: (original: string) => TextFinding[]
  /** A link's URL (a rich text link, a URL field): blocked domains and plain `http://`. */
  scanLink: (url: string) => TextFinding[]
}

/** Builds the matcher once per version of the rule lists; scanning is then one pass per text. */
export const compileRules = (rules: readonly MatchRule[]): CompiledRules => {
  const termRules = rules.flatMap((rule) => {
    if (rule.kind === 'domain') return []
    const pattern = normalizeTerm(rule.term)
    return pattern
      ? [{ pattern, data: { rule, replacement: normalizeTerm(rule.replacement ?? '') } }]
      : []
  })
  const domains = new Map<string, MatchRule>()
  for (const rule of rules) {
    const domain = rule.kind === 'domain' ? normalizeDomain(rule.term) : null
    if (domain && !domains.has(domain)) domains.set(domain, rule)
  }
  const matcher = new CodeUnitAutomaton(termRules)

  const blockedDomainRule = (host: string): MatchRule | undefined => {
    for (let suffix = host; suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
      const rule = domains.get(suffix)
      if (rule) return rule
    }
    return undefined
  }

  const linkFindings = (url: string, offset: number): TextFinding[] => {
    const host = hostOf(url)
    if (!host) return []
    const findings: TextFinding[] = []
    const rule = blockedDomainRule(host)
    if (rule) {
      findings.push({
        offset,
        length: url.length,
        text: url,
        kind: 'domain',
        severity: 'block',
        category: rule.category ?? null,
        rule: { id: rule.id, term: rule.term },
        url,
      })
    }
    if (/^\s*http:\/\//i.test(url.normalize('NFKC'))) {
      findings.push({
        offset,
        length: url.length,
        text: url,
        kind: 'insecure-link',
        severity: 'warn',
        category: 'link',
        rule: null,
        url,
      })
    }
    return findings
  }

  /** Whether the normalised range sits inside the rule's own preferred form (no finding then). */
  const isInsidePreferredForm = (
    normalized: NormalizedText,
    start: number,
    end: number,
    preferred: string,
  ): boolean => {
    if (!preferred) return false
    let at = normalized.text.indexOf(preferred, Math.max(0, end - preferred.length))
    while (at !== -1 && at <= start) {
      if (at + preferred.length >= end) return true
      at = normalized.text.indexOf(preferred, at + 1)
    }
    return false
  }

  const termFindings = (original: string): TextFinding[] => {
    if (termRules.length === 0) return []
    const normalized = normalizeText(original)
    if (!normalized.text) return []
    const findings: TextFinding[] = []
    for (const hit of matcher.iterate(normalized.text)) {
      if (!hit.data) continue
      const { rule, replacement } = hit.data
      const range = originalRange(normalized, hit.start, hit.end)
      if (
        isPlainLatin(hit.pattern) &&
        (isLatinWordChar(original[range.start - 1]) || isLatinWordChar(original[range.end]))
      ) {
        continue
      }
      if (
        rule.kind === 'replace' &&
        isInsidePreferredForm(normalized, hit.start, hit.end, replacement)
      ) {
        continue
      }
      findings.push({
        offset: range.start,
        length: range.end - range.start,
        text: original.slice(range.start, range.end),
        kind: rule.kind,
        severity: severityOf(rule.kind),
        category: rule.category ?? null,
        rule: { id: rule.id, term: rule.term },
        ...(rule.kind === 'replace' && rule.replacement ? { replacement: rule.replacement } : {}),
      })
    }
    return findings
  }

  return {
    size: rules.length,
    scanText: (original) => {
      const findings = termFindings(original)
      for (const link of original.matchAll(PLAIN_URL)) {
        const url = link[0].replace(/[.,;:!?)\]}]+$/, '')
        findings.push(...linkFindings(url, link.index))
      }
      return findings.sort((a, b) => a.offset - b.offset)
    },
    scanLink: (url) => linkFindings(url, 0),
  }
}
