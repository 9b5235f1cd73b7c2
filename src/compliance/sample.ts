import type { Payload } from 'payload'

import { parseRuleList } from './lists'
import { matchKeyOf } from './ruleInput'
import { RULES_SLUG } from './rules'

/**
 * A small, neutral starting list: the official names of the association and of Qingdao bodies in
 * their correct forms, and advertising superlatives that the Advertising Law forbids in
 * promotional text. Admins extend it in the admin panel or by import.
 */
export const SAMPLE_RULES_CSV = `term,kind,category,replacement,note
青岛科协,replace,official-name,青岛市科学技术协会,正式名称；简称用“青岛市科协”
青岛市科协会,replace,official-name,青岛市科学技术协会,
青岛科技协会,replace,official-name,青岛市科学技术协会,
中国科技协会,replace,official-name,中国科学技术协会,简称用“中国科协”
Qingdao Science and Technology Association,replace,official-name,Qingdao Association for Science and Technology,English name
青岛市政府,replace,official-name,青岛市人民政府,
青岛市科技局,replace,official-name,青岛市科学技术局,
青岛市教委,replace,official-name,青岛市教育局,
第一品牌,block,advertising,,广告法禁用的绝对化用语
全网最低价,block,advertising,,
史上最强,block,advertising,,
最佳,warn,advertising,,“最佳论文奖”等奖项名称可用，宣传用语不可用
最先进,warn,advertising,,
顶级,warn,advertising,,
国家级产品,warn,advertising,,
`

/**
 * Adds the sample rules that are missing (matched on term and kind, so an admin's edits stay),
 * for the seed. The number added.
 */
export const ensureSampleComplianceRules = async (
  payload: Payload,
  context: Record<string, unknown> = {},
): Promise<number> => {
  const { rules, errors } = parseRuleList(SAMPLE_RULES_CSV, 'csv')
  if (errors.length) throw new Error(`sample compliance rules: ${errors[0].message}`)
  let added = 0
  for (const { line: _line, ...rule } of rules) {
    // Seeding acts as the system.
    const { totalDocs } = await payload.count({
      collection: RULES_SLUG,
      where: { matchKey: { equals: matchKeyOf(rule.kind, rule.term) } },
      overrideAccess: true,
      context,
    })
    if (totalDocs > 0) continue
    await payload.create({ collection: RULES_SLUG, data: rule, overrideAccess: true, context })
    added += 1
  }
  return added
}
