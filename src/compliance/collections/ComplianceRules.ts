import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { navGroups } from '@/admin/groups'

import type { ComplianceRule } from '@/payload-types'

import { matchKeyOf, RULE_CATEGORIES, replacementProblem, termProblem } from '../ruleInput'
import { RULE_KINDS } from '../text/matcher'

const kindLabels = {
  block: { zh: '禁止发布', en: 'Block' },
  warn: { zh: '提醒审核', en: 'Warn' },
  replace: { zh: '规范写法', en: 'Replace' },
  domain: { zh: '屏蔽域名', en: 'Blocked domain' },
}

const categoryLabels = {
  political: { zh: '政治', en: 'Political' },
  vulgar: { zh: '低俗', en: 'Vulgar' },
  advertising: { zh: '广告用语', en: 'Advertising' },
  'official-name': { zh: '规范名称', en: 'Official names' },
  fraud: { zh: '诈骗', en: 'Fraud' },
  link: { zh: '链接', en: 'Links' },
  custom: { zh: '自定义', en: 'Custom' },
}

const setMatchKey: CollectionBeforeChangeHook<ComplianceRule> = ({ data, originalDoc }) => {
  const kind = data.kind ?? originalDoc?.kind
  const term = data.term ?? originalDoc?.term
  return kind && term ? { ...data, matchKey: matchKeyOf(kind, term) } : data
}

/**
 * 合规词库: the terms and domains the compliance gate looks for (src/compliance, docs/compliance.md).
 * Admins keep the lists; every staff member may read them (editors see why a text was stopped).
 */
export const ComplianceRules: CollectionConfig<'compliance-rules'> = {
  slug: 'compliance-rules',
  labels: {
    singular: { zh: '合规词条', en: 'Compliance rule' },
    plural: { zh: '合规词库', en: 'Compliance rules' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'term',
    defaultColumns: ['term', 'kind', 'category', 'replacement', 'enabled', 'updatedAt'],
    listSearchableFields: ['term', 'replacement', 'note'],
  },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [setMatchKey] },
  fields: [
    {
      name: 'term',
      type: 'text',
      label: { zh: '词条', en: 'Term' },
      required: true,
      validate: (value: unknown, { siblingData }: { siblingData: Partial<ComplianceRule> }) =>
        termProblem(siblingData.kind ?? 'block', value) ?? true,
      admin: {
        description: {
          zh: '匹配时忽略全半角、大小写、繁简、空格、标点与零宽字符；屏蔽域名时填写域名（含子域名）。',
          en: 'Matched regardless of width, case, traditional/simplified, spaces, punctuation and zero-width characters; for a blocked domain, the domain (subdomains included).',
        },
      },
    },
    {
      name: 'kind',
      type: 'select',
      label: { zh: '类型', en: 'Kind' },
      required: true,
      defaultValue: 'block',
      options: RULE_KINDS.map((value) => ({ value, label: kindLabels[value] })),
    },
    {
      name: 'replacement',
      type: 'text',
      label: { zh: '规范写法', en: 'Replacement' },
      maxLength: 200,
      validate: (value: unknown, { siblingData }: { siblingData: Partial<ComplianceRule> }) =>
        replacementProblem(siblingData.kind, value) ?? true,
      admin: { condition: (_, siblingData) => siblingData?.kind === 'replace' },
    },
    {
      name: 'category',
      type: 'select',
      label: { zh: '分类', en: 'Category' },
      required: true,
      defaultValue: 'custom',
      options: RULE_CATEGORIES.map((value) => ({ value, label: categoryLabels[value] })),
    },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' }, maxLength: 1000 },
    {
      name: 'enabled',
      type: 'checkbox',
      label: { zh: '启用', en: 'Enabled' },
      defaultValue: true,
      index: true,
    },
    {
      // Kind and folded term: one rule per term and kind, whatever spacing or width it was typed
      // in. Always computed by setMatchKey, whatever a client sends.
      name: 'matchKey',
      type: 'text',
      label: { zh: '匹配键', en: 'Match key' },
      unique: true,
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}
