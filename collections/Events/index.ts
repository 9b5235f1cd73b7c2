import type { ArrayField, CollectionConfig } from 'payload'

import { navGroups } from '@/admin/groups'
import { districtField } from '@/fields/district'
import { countField } from '@/fields/numbers'
import { contentEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { workflowCollection } from '@/workflow/workflowCollection'

import { endNotBeforeStart } from './validators/endNotBeforeStart'
import { noParentCycle } from './validators/noParentCycle'

export const EVENT_TYPES = [
  { value: 'international-conference', label: { zh: '国际会议', en: 'International conference' } },
  { value: 'forum', label: { zh: '论坛', en: 'Forum' } },
  { value: 'annual-meeting', label: { zh: '学术年会', en: 'Annual academic meeting' } },
  { value: 'sub-session', label: { zh: '分会', en: 'Sub-session' } },
  { value: 'competition', label: { zh: '大赛', en: 'Competition' } },
  { value: 'campaign', label: { zh: '科普活动', en: 'Science popularization campaign' } },
  { value: 'training', label: { zh: '培训', en: 'Training' } },
]

/**
 * Organizers and partners are localized names, not relations: the source names each one once in
 * prose and nothing else is known about them yet. Rows (`{ name }`) leave room for a link or an
 * `organizations` relation later; and Payload 3.90's SQL adapters cannot filter on a localized
 * hasMany text field, which a plain list of names would be.
 */
const organizationList = (name: string, label: { zh: string; en: string }) =>
  ({
    name,
    label,
    type: 'array',
    localized: true,
    maxRows: 50,
    labels: {
      singular: { zh: '单位', en: 'Organization' },
      plural: { zh: '单位', en: 'Organizations' },
    },
    fields: [
      {
        name: 'name',
        type: 'text',
        label: { zh: '名称', en: 'Name' },
        required: true,
        maxLength: 200,
      },
    ],
  }) satisfies ArrayField

export const Events: CollectionConfig<'events'> = workflowCollection({
  slug: 'events',
  labels: {
    singular: { zh: '活动', en: 'Event' },
    plural: { zh: '活动', en: 'Events' },
  },
  admin: {
    group: navGroups.events,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startDate', 'district', 'parent', '_status'],
    listSearchableFields: ['title', 'series', 'venue', 'slug'],
  },
  defaultSort: '-startDate',
  defaultPopulate: {
    title: true,
    slug: true,
    type: true,
    startDate: true,
    endDate: true,
    venue: true,
    district: true,
  },
  graphQL: { singularName: 'Event', pluralName: 'Events' },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { zh: '名称', en: 'Title' },
      required: true,
      localized: true,
      maxLength: 200,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          label: { zh: '开始时间', en: 'Starts' },
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
        },
        {
          name: 'endDate',
          type: 'date',
          label: { zh: '结束时间', en: 'Ends' },
          index: true,
          validate: endNotBeforeStart,
          admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '概况', en: 'Overview' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'series',
                  type: 'text',
                  label: { zh: '系列', en: 'Series' },
                  localized: true,
                  maxLength: 100,
                  admin: { placeholder: '青岛国际水大会', width: '70%' },
                },
                countField({
                  name: 'edition',
                  label: { zh: '届次', en: 'Edition' },
                  min: 1,
                  admin: { step: 1, width: '30%', description: { zh: '第几届', en: 'e.g. 9' } },
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'venue',
                  type: 'text',
                  label: { zh: '地点', en: 'Venue' },
                  localized: true,
                  maxLength: 200,
                  admin: { width: '70%' },
                },
                districtField({ admin: { width: '30%' } }),
              ],
            },
            organizationList('organizers', { zh: '主办单位', en: 'Organizers' }),
            organizationList('partners', { zh: '承办与协办单位', en: 'Partners' }),
            {
              name: 'coverImage',
              type: 'upload',
              relationTo: 'media',
              label: { zh: '封面图', en: 'Cover image' },
            },
            {
              name: 'description',
              type: 'richText',
              editor: contentEditor,
              label: { zh: '介绍', en: 'Description' },
              localized: true,
            },
            urlField({
              name: 'registrationUrl',
              label: { zh: '报名链接', en: 'Registration URL' },
            }),
          ],
        },
        {
          label: { zh: '分会与参与', en: 'Sessions and attendance' },
          fields: [
            {
              name: 'subSessions',
              type: 'join',
              collection: 'events',
              on: 'parent',
              label: { zh: '下级活动（分会）', en: 'Sub-sessions' },
              defaultSort: 'startDate',
              admin: { defaultColumns: ['title', 'startDate', 'venue', '_status'] },
            },
            {
              name: 'attendance',
              type: 'group',
              label: { zh: '参与人数', en: 'Attendance' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    countField({
                      name: 'onsite',
                      label: { zh: '现场参与（人）', en: 'On site (people)' },
                      admin: { step: 1, width: '50%' },
                    }),
                    countField({
                      name: 'online',
                      label: { zh: '线上参与（人次）', en: 'Online (views)' },
                      admin: { step: 1, width: '50%' },
                    }),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField(),
    {
      name: 'type',
      type: 'select',
      label: { zh: '类型', en: 'Type' },
      options: EVENT_TYPES,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'events',
      label: { zh: '上级活动', en: 'Parent event' },
      index: true,
      validate: noParentCycle,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: {
        position: 'sidebar',
        description: {
          zh: '分会选择所属的年会或大会。',
          en: 'For a sub-session: the meeting it belongs to.',
        },
      },
    },
  ],
  timestamps: true,
})
