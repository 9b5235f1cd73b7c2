import type { CollectionConfig } from 'payload'

import { localizedNameField } from '@/fields/name'
import { navGroups } from '@/admin/groups'
import { districtField } from '@/fields/district'
import { gcj02LocationField, locationField } from '@/fields/location'
import { yearField } from '@/fields/numbers'
import { phoneField } from '@/fields/phone'
import { proseEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { themesField } from '@/fields/themes'
import { urlField } from '@/fields/url'
import { workflowCollection } from '@/workflow/workflowCollection'

export const BASE_LEVELS = [
  { value: 'national', label: { zh: '国家级', en: 'National' } },
  { value: 'provincial', label: { zh: '省级', en: 'Provincial' } },
  { value: 'municipal', label: { zh: '市级', en: 'Municipal' } },
  { value: 'community', label: { zh: '社区科普馆', en: 'Community hall' } },
  { value: 'campus', label: { zh: '校园科普馆', en: 'Campus hall' } },
]

export const BASE_KINDS = [
  { value: 'science-museum', label: { zh: '科技馆', en: 'Science museum' } },
  { value: 'base', label: { zh: '科普教育基地', en: 'Science education base' } },
  { value: 'community-hall', label: { zh: '社区科普馆', en: 'Community science hall' } },
  { value: 'campus-hall', label: { zh: '校园科普馆', en: 'Campus science hall' } },
  {
    value: 'social-science-museum',
    label: { zh: '社会化科技馆', en: 'Privately run science museum' },
  },
]

export const ScienceEducationBases: CollectionConfig<'science-education-bases'> =
  workflowCollection({
    slug: 'science-education-bases',
    labels: {
      singular: { zh: '科普教育基地', en: 'Science education base' },
      plural: { zh: '科普教育基地', en: 'Science education bases' },
    },
    admin: {
      group: navGroups.sciencePopularization,
      useAsTitle: 'name',
      defaultColumns: ['name', 'level', 'kind', 'district', 'yearDesignated', '_status'],
      listSearchableFields: ['name', 'address', 'slug'],
    },
    defaultSort: 'name',
    defaultPopulate: { name: true, slug: true, level: true, kind: true, district: true },
    graphQL: { singularName: 'ScienceEducationBase', pluralName: 'ScienceEducationBases' },
    fields: [
      localizedNameField(),
      {
        type: 'row',
        fields: [
          {
            name: 'level',
            type: 'select',
            label: { zh: '级别', en: 'Level' },
            options: BASE_LEVELS,
            required: true,
            index: true,
            admin: { width: '33%' },
          },
          {
            name: 'kind',
            type: 'select',
            label: { zh: '类别', en: 'Kind' },
            options: BASE_KINDS,
            index: true,
            admin: { width: '33%' },
          },
          districtField({ admin: { width: '33%' } }),
        ],
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: { zh: '概况', en: 'Overview' },
            fields: [
              themesField({ name: 'themes', label: { zh: '主题', en: 'Themes' } }),
              {
                name: 'description',
                type: 'richText',
                editor: proseEditor,
                label: { zh: '介绍', en: 'Description' },
                localized: true,
              },
              {
                name: 'photos',
                type: 'upload',
                relationTo: 'media',
                hasMany: true,
                label: { zh: '照片', en: 'Photos' },
              },
            ],
          },
          {
            label: { zh: '参观信息', en: 'Visiting' },
            fields: [
              {
                name: 'address',
                type: 'text',
                label: { zh: '地址', en: 'Address' },
                localized: true,
                maxLength: 300,
              },
              locationField(),
              gcj02LocationField(),
              {
                name: 'openingHours',
                type: 'textarea',
                label: { zh: '开放时间', en: 'Opening hours' },
                localized: true,
                maxLength: 500,
              },
              {
                type: 'row',
                fields: [
                  phoneField({ name: 'contactPhone', label: { zh: '联系电话', en: 'Phone' } }),
                  urlField({ name: 'url', label: { zh: '网站', en: 'Website' } }),
                ],
              },
            ],
          },
        ],
      },
      slugField({ useAsSlug: 'name' }),
      yearField({
        name: 'yearDesignated',
        label: { zh: '命名年份', en: 'Year designated' },
        index: true,
        admin: { position: 'sidebar', step: 1 },
      }),
    ],
    timestamps: true,
  })
