import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone } from '@/access/anyone'
import { navGroups } from '@/admin/groups'
import { yearField } from '@/fields/numbers'

export const AWARD_NOTICES = 'award-notices' as const

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * 公示: one row per award and year that a release put in public notice, written when the release
 * is published and confirmed by the job when the notice ends (docs/rosters.md#public-notice).
 * Public, read-only: an award's `notices` join lists them, so readers learn whether its roster of
 * a year is in notice, until when, and whom to contact with an objection.
 */
export const AwardNotices: CollectionConfig<'award-notices'> = {
  slug: AWARD_NOTICES,
  labels: {
    singular: { zh: '获奖名单公示', en: 'Roster notice' },
    plural: { zh: '获奖名单公示', en: 'Roster notices' },
  },
  admin: {
    group: navGroups.peopleAndAwards,
    defaultColumns: ['award', 'year', 'status', 'startsAt', 'endsAt'],
    description: {
      zh: '发布带公示的获奖名单时自动生成，公示期满后自动确认。',
      en: 'Written when a roster is published with a notice, confirmed when the notice ends.',
    },
  },
  defaultSort: '-endsAt',
  disableDuplicate: true,
  access: { read: anyone, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'award',
      type: 'relationship',
      relationTo: 'awards',
      label: { zh: '奖项', en: 'Award' },
      required: true,
      index: true,
    },
    yearField({ name: 'year', label: { zh: '年度', en: 'Year' }, required: true, index: true }),
    {
      name: 'status',
      type: 'select',
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'in_notice', label: { zh: '公示中', en: 'In notice' } },
        { value: 'confirmed', label: { zh: '公示期满', en: 'Confirmed' } },
      ],
      required: true,
      index: true,
    },
    {
      name: 'startsAt',
      type: 'date',
      label: { zh: '公示开始', en: 'Starts' },
      required: true,
      admin: dateTime,
    },
    {
      name: 'endsAt',
      type: 'date',
      label: { zh: '公示截止', en: 'Ends' },
      required: true,
      index: true,
      admin: dateTime,
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '异议联系方式', en: 'Contact for objections' },
      fields: [
        { name: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' } },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
      ],
    },
    {
      // The release that published the roster: internal, like releases themselves.
      name: 'release',
      type: 'text',
      label: { zh: '发布批次', en: 'Release' },
      index: true,
      access: { read: staffOnly },
    },
  ],
  timestamps: true,
}
