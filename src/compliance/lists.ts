import type { RuleCategory, RuleInput } from './ruleInput'
import {
  isRuleCategory,
  matchKeyOf,
  replacementProblem,
  RULE_CATEGORIES,
  termProblem,
} from './ruleInput'
import type { RuleKind } from './text/matcher'
import { isRuleKind } from './text/matcher'

export type ListFormat = 'csv' | 'txt'

export const CSV_COLUMNS = ['term', 'kind', 'category', 'replacement', 'note', 'enabled'] as const

export type LineError = { line: number; message: string }

export type ParsedList = { rules: (RuleInput & { line: number })[]; errors: LineError[] }

/** Splits one CSV line (RFC 4180 quoting, on one line: a rule never spans lines). */
const splitCsvLine = (line: string): null | string[] => {
  const cells: string[] = []
  let cell = ''
  let isQuoted = false
  for (let at = 0; at < line.length; at += 1) {
    const char = line[at]
    if (isQuoted) {
      if (char === '"' && line[at + 1] === '"') {
        cell += '"'
        at += 1
      } else if (char === '"') isQuoted = false
      else cell += char
    } else if (char === '"' && cell.trim() === '') {
      isQuoted = true
      cell = ''
    } else if (char === ',') {
      cells.push(cell.trim())
      cell = ''
    } else cell += char
  }
  if (isQuoted) return null
  cells.push(cell.trim())
  return cells
}

const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value

const parseEnabled = (value: string): boolean | null => {
  const folded = value.trim().toLowerCase()
  if (['', 'true', '1', 'yes', 'y', '是', '启用'].includes(folded)) return true
  if (['false', '0', 'no', 'n', '否', '停用'].includes(folded)) return false
  return null
}

const lines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)

export type TextDefaults = { kind: RuleKind; category: RuleCategory }

/**
 * Reads a list: `csv` with a header naming its columns (CSV_COLUMNS, `term` required, any order),
 * or `txt` with one term a line (`term => replacement` for replace rules), of the kind and
 * category given. Blank lines and lines starting with `#` are skipped. Every bad line is reported
 * (1-based line numbers), so a list is fixed in one go; a term twice in a list is an error.
 */
export const parseRuleList = (
  text: string,
  format: ListFormat,
  defaults: TextDefaults = { kind: 'block', category: 'custom' },
): ParsedList => {
  const parsed: ParsedList = { rules: [], errors: [] }
  const all = lines(text)
  let columns: string[] | null = null
  const seen = new Map<string, number>()
  all.forEach((raw, index) => {
    const line = index + 1
    const fail = (message: string) => parsed.errors.push({ line, message })
    if (!raw.trim() || raw.trimStart().startsWith('#')) return
    let rule: RuleInput
    if (format === 'csv') {
      const cells = splitCsvLine(raw)
      if (!cells) return fail('引号未闭合 / unclosed quote')
      if (!columns) {
        columns = cells.map((cell) => cell.toLowerCase())
        const unknown = columns.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name))
        if (unknown.length) fail(`未知列 / unknown columns: ${unknown.join(', ')}`)
        if (!columns.includes('term')) fail('表头缺少 term 列 / the header has no term column')
        return
      }
      if (cells.length > columns.length) return fail('列数多于表头 / more cells than the header')
      const cell = (name: string) => cells[columns?.indexOf(name) ?? -1] ?? ''
      const kind = cell('kind') || defaults.kind
      const category = cell('category') || defaults.category
      const enabled = parseEnabled(cell('enabled'))
      if (!isRuleKind(kind)) return fail(`未知类型 / unknown kind "${kind}"`)
      if (!isRuleCategory(category)) {
        return fail(
          `未知分类 / unknown category "${category}" (one of ${RULE_CATEGORIES.join(', ')})`,
        )
      }
      if (enabled === null)
        return fail(`enabled 须为 true 或 false / enabled must be true or false`)
      rule = {
        term: cell('term'),
        kind,
        category,
        replacement: cell('replacement') || null,
        note: cell('note') || null,
        enabled,
      }
    } else {
      const [term, replacement] = raw.split(/\s*=>\s*|\t/, 2).map((part) => part.trim())
      rule = {
        term,
        kind: defaults.kind,
        category: defaults.category,
        replacement: replacement || null,
        note: null,
        enabled: true,
      }
    }
    const problem =
      termProblem(rule.kind, rule.term) ?? replacementProblem(rule.kind, rule.replacement)
    if (problem) return fail(problem)
    const key = matchKeyOf(rule.kind, rule.term)
    const earlier = seen.get(key)
    if (earlier) return fail(`与第 ${earlier} 行重复 / the same rule as line ${earlier}`)
    seen.set(key, line)
    parsed.rules.push({ ...rule, line })
  })
  if (format === 'csv' && !columns)
    parsed.errors.push({ line: 1, message: '缺少表头 / no header line' })
  return parsed
}

type ExportedRule = Pick<RuleInput, 'term' | 'kind' | 'category'> & {
  replacement?: null | string
  note?: null | string
  enabled?: boolean | null
}

/** Writes a list in the format `parseRuleList` reads back. */
export const formatRuleList = (rules: ExportedRule[], format: ListFormat): string => {
  if (format === 'txt') {
    return rules
      .map(({ term, kind, replacement }) =>
        kind === 'replace' && replacement ? `${term} => ${replacement}` : term,
      )
      .map((line) => `${line}\n`)
      .join('')
  }
  const rows = rules.map((rule) =>
    [
      rule.term,
      rule.kind,
      rule.category,
      rule.replacement ?? '',
      (rule.note ?? '').replace(/\r?\n/g, ' '),
      rule.enabled === false ? 'false' : 'true',
    ]
      .map(csvCell)
      .join(','),
  )
  return [CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\n`).join('')
}
