import type { CollectionConfig } from 'payload'

import { localizedNameField } from '@/fields/name'
import { navGroups } from '@/admin/groups'
import { districtField } from '@/fields/district'
import { countField } from '@/fields/numbers'
import { phoneField } from '@/fields/phone'
import { proseEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { themesField } from '@/fields/themes'
import { workflowCollection } from '@/workflow/workflowCollection'

/** The association's named volunteer campaigns (科普行动); `other` for local ones. */
export const VOLUNTEER_CAMPAIGNS = [
  { value: 'silver-age', label: { zh: '银龄科普行动', en: 'Silver Age campaign' } },
  { value: 'dandelion', label: { zh: '蒲公英科普行动', en: 'Dandelion campaign' } },
  { value: 'farmers', label: { zh: '农民科普行动', en: 'Farmers campaign' } },
  { value: 'emergency', label: { zh: '应急科普', en: 'Emergency science outreach' } },
  { value: 'science-day', label: { zh: '全国科普日', en: 'National Science Popularization Day' } },
  {
    value: 'science-to-countryside',
    label: { zh: '送科技下乡', en: 'Science to the countryside' },
  },
  { value: 'spring-of-science', label: { zh: '科普之春', en: 'Spring of Science' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
]

export const VolunteerTeams: CollectionConfig<'volunteer-teams'> = workflowCollection({
  slug: 'volunteer-teams',
  labels: {
    singular: { zh: '科技志愿服务队', en: 'Volunteer team' },
    plural: { zh: '科技志愿服务队', en: 'Volunteer teams' },
  },
  admin: {
    group: navGroups.sciencePopularization,
    useAsTitle: 'name',
    defaultColumns: ['name', 'district', 'hostOrganization', 'memberCount', '_status'],
    listSearchableFields: ['name', 'hostOrganization', 'slug'],
  },
  defaultSort: 'name',
  defaultPopulate: { name: true, slug: true, district: true },
  graphQL: { singularName: 'VolunteerTeam', pluralName: 'VolunteerTeams' },
  fields: [
    localizedNameField(),
    {
      type: 'row',
      fields: [
        districtField({ admin: { width: '33%' } }),
        {
          name: 'hostOrganization',
          type: 'text',
          label: { zh: '依托单位', en: 'Host organization' },
          localized: true,
          maxLength: 200,
          admin: { width: '33%' },
        },
        countField({
          name: 'memberCount',
          label: { zh: '队员人数', en: 'Members' },
          admin: { step: 1, width: '33%' },
        }),
      ],
    },
    themesField({ name: 'focusAreas', label: { zh: '服务领域', en: 'Focus areas' } }),
    {
      name: 'campaigns',
      type: 'select',
      hasMany: true,
      label: { zh: '参与行动', en: 'Campaigns' },
      options: VOLUNTEER_CAMPAIGNS,
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact' },
      admin: {
        description: {
          zh: '公开显示，请填写服务队的对外联系方式。',
          en: 'Shown publicly: give the team’s public contact.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'person',
              type: 'text',
              label: { zh: '联系人', en: 'Contact person' },
              localized: true,
              maxLength: 100,
            },
            phoneField(),
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
          ],
        },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      editor: proseEditor,
      label: { zh: '介绍', en: 'Description' },
      localized: true,
    },
    slugField({ useAsSlug: 'name' }),
    {
      name: 'foundedDate',
      type: 'date',
      label: { zh: '成立日期', en: 'Founded' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ],
  timestamps: true,
})
