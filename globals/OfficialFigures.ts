import type { GlobalConfig, TextFieldSingleValidation } from 'payload'
import { validations } from 'payload'

import { navGroups } from '@/admin/groups'
import { urlField } from '@/fields/url'
import { kexieT } from '@/i18n/t'
import { workflowGlobal } from '@/workflow/workflowGlobal'

/** Downstream sites look figures up by key (`national-bases`), so keys are URL-safe and unique. */
const validateKey: TextFieldSingleValidation = (value, options) => {
  const checked = validations.text(value, options)
  if (checked !== true || !value) return checked
  const t = kexieT(options.req)
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return t('kexie:invalidKey')
  const rows = (options.data as { figures?: { key?: null | string }[] | null }).figures ?? []
  const uses = rows.filter((row) => row?.key === value).length
  return uses > 1 ? t('kexie:duplicateKey', { key: value }) : true
}

/**
 * The association's statistics exactly as it publishes them (14 national bases, 374 volunteer
 * teams, 3万余名 volunteers ...), with source and date, so every site quotes the same numbers.
 * Staff draft them; a reviewer publishes them through the workflow (src/workflow/workflowGlobal.ts).
 */
export const OfficialFigures: GlobalConfig<'official-figures'> = workflowGlobal({
  slug: 'official-figures',
  label: { zh: '官方统计数据', en: 'Official figures' },
  admin: { group: navGroups.content },
  graphQL: { name: 'OfficialFigures' },
  fields: [
    {
      name: 'figures',
      type: 'array',
      label: { zh: '数据', en: 'Figures' },
      labels: {
        singular: { zh: '数据项', en: 'Figure' },
        plural: { zh: '数据项', en: 'Figures' },
      },
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              label: { zh: '标识', en: 'Key' },
              required: true,
              maxLength: 60,
              validate: validateKey,
              admin: { placeholder: 'national-bases', width: '34%' },
            },
            {
              name: 'label',
              type: 'text',
              label: { zh: '名称', en: 'Label' },
              required: true,
              localized: true,
              maxLength: 100,
              admin: { placeholder: '国家级科普教育基地', width: '66%' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'number',
              label: { zh: '数值', en: 'Value' },
              required: true,
              min: 0,
              admin: { width: '34%' },
            },
            {
              name: 'unit',
              type: 'text',
              label: { zh: '单位', en: 'Unit' },
              localized: true,
              maxLength: 20,
              admin: { placeholder: '家', width: '33%' },
            },
            {
              name: 'isLowerBound',
              type: 'checkbox',
              label: { zh: '“余”/“+”（至少）', en: 'At least ("+")' },
              defaultValue: false,
              admin: { width: '33%', style: { alignSelf: 'center' } },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'source',
              type: 'text',
              label: { zh: '出处', en: 'Source' },
              localized: true,
              maxLength: 200,
              admin: { width: '66%' },
            },
            {
              name: 'asOf',
              type: 'date',
              label: { zh: '截至日期', en: 'As of' },
              admin: { width: '34%', date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        urlField({ name: 'sourceUrl', label: { zh: '出处链接', en: 'Source URL' } }),
      ],
    },
  ],
})
