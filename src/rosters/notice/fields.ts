import type { Field, FieldAccess, GroupField, JoinField, Validate } from 'payload'

import { itemRefsOf } from '@/workflow/releases/membership'

import { noticeText } from './messages'

export const NOTICE_STATUSES = ['in_notice', 'confirmed', 'withdrawn'] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]

export const MIN_NOTICE_DAYS = 1
export const MAX_NOTICE_DAYS = 30

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)
// Only the notice itself (publish, withdrawal, the confirming job) writes these, access off.
const nobody: FieldAccess = () => false
const system = { create: nobody, update: nobody }

type NoticeData = {
  notice?: { days?: null | number; contact?: { phone?: null | string; email?: null | string } }
}

const validateDays: Validate<null | number | undefined> = (value, { data, req }) => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value) || value < MIN_NOTICE_DAYS || value > MAX_NOTICE_DAYS) {
    return noticeText(
      req,
      `公示天数须为 ${MIN_NOTICE_DAYS} 到 ${MAX_NOTICE_DAYS} 之间的整数`,
      `The notice must last a whole number of days from ${MIN_NOTICE_DAYS} to ${MAX_NOTICE_DAYS}`,
    )
  }
  const other = itemRefsOf((data as { items?: unknown }).items).find(
    (item) => item.collection !== 'award-recipients',
  )
  if (other) {
    return noticeText(
      req,
      `只有获奖者名单可以公示，批次中有其他稿件（${other.collection}/${other.id}）`,
      `Only a roster of award recipients can go out as a public notice; the release also holds ${other.collection}/${other.id}`,
    )
  }
  return true
}

const validatePhone: Validate<null | string | undefined> = (value, { data, req }) => {
  const notice = (data as NoticeData).notice
  if (!notice?.days || value || notice.contact?.email) return true
  return noticeText(
    req,
    '公示需要异议联系方式：请填写联系电话或电子邮箱（至少一项）',
    'A public notice needs a contact for objections: give a phone number or an e-mail address (or both)',
  )
}

/**
 * 公示 on a release (docs/rosters.md#public-notice): publishing a release of award recipients with
 * `days` set puts its recipients in public notice for that many days, with this objection contact.
 */
export const releaseNoticeField: GroupField = {
  name: 'notice',
  type: 'group',
  label: { zh: '公示', en: 'Public notice' },
  admin: {
    description: {
      zh: '获奖名单发布时公示的天数与异议联系方式。不填天数则直接发布，不公示。',
      en: 'For a roster of award recipients: days of public notice and a contact for objections. Without days the roster is published without a notice.',
    },
  },
  fields: [
    {
      name: 'days',
      type: 'number',
      label: { zh: '公示天数', en: 'Days of notice' },
      min: MIN_NOTICE_DAYS,
      max: MAX_NOTICE_DAYS,
      validate: validateDays,
      admin: { step: 1 },
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '异议联系方式', en: 'Contact for objections' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'phone',
              type: 'text',
              label: { zh: '联系电话', en: 'Phone' },
              maxLength: 50,
              validate: validatePhone,
            },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
          ],
        },
      ],
    },
  ],
}

/** The notice state of one award recipient, public except a withdrawal's reason. */
export const recipientNoticeFields: Field[] = [
  {
    name: 'noticeStatus',
    type: 'select',
    label: { zh: '公示状态', en: 'Notice' },
    options: [
      { value: 'in_notice', label: { zh: '公示中', en: 'In notice' } },
      { value: 'confirmed', label: { zh: '公示期满', en: 'Confirmed' } },
      { value: 'withdrawn', label: { zh: '公示撤销', en: 'Withdrawn' } },
    ],
    index: true,
    access: system,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'noticeEndsAt',
    type: 'date',
    label: { zh: '公示截止', en: 'Notice ends' },
    index: true,
    access: system,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.noticeStatus),
    },
  },
  {
    name: 'noticeWithdrawalReason',
    type: 'textarea',
    label: { zh: '撤销原因', en: 'Reason for withdrawal' },
    access: { read: staffOnly, ...system },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => data?.noticeStatus === 'withdrawn',
    },
  },
]

/** On awards: the notices of its rosters, newest first (read-only, public). */
export const awardNoticesField: JoinField = {
  name: 'notices',
  type: 'join',
  collection: 'award-notices',
  on: 'award',
  label: { zh: '公示', en: 'Public notices' },
  defaultSort: '-endsAt',
  defaultLimit: 10,
  admin: { defaultColumns: ['year', 'status', 'startsAt', 'endsAt'] },
}
