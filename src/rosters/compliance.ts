import type { PayloadRequest } from 'payload'

import { currentRules } from '@/compliance/rules'
import { scanPlainText } from '@/compliance/scan/document'

import type { ParsedRoster, RosterIssue, Translate } from './parseRoster'
import type { RecipientInput } from './validateRows'

/**
 * The compliance gate over an import: every text a row brings is checked against the rule lists
 * before anything is written, so a term that must not be published is an error of its row (the
 * same as any other bad cell), not a refusal when the release is submitted weeks later.
 */
export const complianceIssues = async (
  req: PayloadRequest,
  roster: ParsedRoster,
  inputs: RecipientInput[],
  t: Translate,
): Promise<RosterIssue[]> => {
  // Without the compliance feature in the config there are no lists to check against.
  if (!('compliance-rules' in req.payload.collections)) return []
  const rules = await currentRules(req)
  const headerOf = new Map(roster.columns.map(({ field, header }) => [field, header]))
  const issues: RosterIssue[] = []
  for (const input of inputs) {
    const texts: [string, unknown][] = [['name', input.name], ...Object.entries(input.values)]
    for (const [field, value] of texts) {
      if (typeof value !== 'string' || !value) continue
      const blocking = scanPlainText(rules, value).filter(({ severity }) => severity === 'block')
      if (!blocking.length) continue
      const column = headerOf.get(field as never) ?? field
      const terms = [...new Set(blocking.map(({ rule, text }) => rule?.term ?? text))].join('、')
      issues.push({
        row: input.row,
        column,
        message: t('complianceBlocked', { row: input.row, column, terms }),
      })
    }
  }
  return issues
}
