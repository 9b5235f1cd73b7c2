import type { RuleKind } from './text/matcher'
import { isRuleKind, normalizeDomain, RULE_KINDS } from './text/matcher'
import { normalizeTerm } from './text/normalize'

export const RULE_CATEGORIES = [
  'political',
  'vulgar',
  'advertising',
  'official-name',
  'fraud',
  'link',
  'custom',
] as const

export type RuleCategory = (typeof RULE_CATEGORIES)[number]

export const isRuleCategory = (value: unknown): value is RuleCategory =>
  (RULE_CATEGORIES as readonly unknown[]).includes(value)

export const TERM_MAX_LENGTH = 200

export type RuleInput = {
  term: string
  kind: RuleKind
  category: RuleCategory
  replacement?: null | string
  note?: null | string
  enabled: boolean
}

/**
 * What makes two rules the same rule: the kind and the term as the matcher reads it (so 敏 感 and
 * 敏感, or Example.com and example.com, are one rule). Stored as the unique `matchKey`.
 */
export const matchKeyOf = (kind: RuleKind, term: string): string =>
  `${kind}:${kind === 'domain' ? (normalizeDomain(term) ?? term) : normalizeTerm(term)}`

/** Why a term cannot be a rule of this kind (one line, in Chinese and English); null when it can. */
export const termProblem = (kind: unknown, term: unknown): null | string => {
  if (!isRuleKind(kind)) return `未知类型 / unknown kind (one of ${RULE_KINDS.join(', ')})`
  if (typeof term !== 'string' || !term.trim()) return '词条不能为空 / the term is empty'
  if (term.length > TERM_MAX_LENGTH) {
    return `词条过长 / the term is longer than ${TERM_MAX_LENGTH} characters`
  }
  if (kind === 'domain') {
    return normalizeDomain(term) ? null : '不是有效的域名 / not a domain name'
  }
  return normalizeTerm(term)
    ? null
    : '词条只含空格或标点，无法匹配 / the term has only spaces or punctuation'
}

export const replacementProblem = (kind: unknown, replacement: unknown): null | string =>
  kind === 'replace' && (typeof replacement !== 'string' || !replacement.trim())
    ? '“替换”类词条须填写规范写法 / a replace rule needs its replacement'
    : null
