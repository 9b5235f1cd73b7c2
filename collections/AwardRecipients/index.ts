import type { CollectionConfig } from 'payload'

import { navGroups } from '@/admin/groups'
import { countField, yearField } from '@/fields/numbers'
import { proseEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { workflowCollection } from '@/workflow/workflowCollection'

import { oncePerAwardAndYear } from './validators/oncePerAwardAndYear'

export const AwardRecipients: CollectionConfig<'award-recipients'> = workflowCollection({
  slug: 'award-recipients',
  labels: {
    singular: { zh: '获奖者', en: 'Award recipient' },
    plural: { zh: '获奖者', en: 'Award recipients' },
  },
  admin: {
    group: navGroups.peopleAndAwards,
    useAsTitle: 'name',
    defaultColumns: ['name', 'award', 'year', 'affiliation', '_status'],
    listSearchableFields: ['name', 'affiliation', 'discipline', 'slug'],
  },
  defaultSort: '-year',
  defaultPopulate: {
    name: true,
    slug: true,
    award: true,
    year: true,
    affiliation: true,
    photo: true,
  },
  graphQL: { singularName: 'AwardRecipient', pluralName: 'AwardRecipients' },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      required: true,
      localized: true,
      maxLength: 100,
      validate: oncePerAwardAndYear,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'award',
          type: 'relationship',
          relationTo: 'awards',
          label: { zh: '奖项', en: 'Award' },
          required: true,
          index: true,
          admin: { width: '70%' },
        },
        yearField({
          name: 'year',
          label: { zh: '年度', en: 'Year' },
          required: true,
          index: true,
          admin: { step: 1, width: '30%' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'affiliation',
          type: 'text',
          label: { zh: '工作单位', en: 'Affiliation' },
          localized: true,
          maxLength: 200,
        },
        {
          name: 'discipline',
          type: 'text',
          label: { zh: '学科领域', en: 'Discipline' },
          localized: true,
          maxLength: 100,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'gender',
          type: 'select',
          label: { zh: '性别', en: 'Gender' },
          options: [
            { value: 'male', label: { zh: '男', en: 'Male' } },
            { value: 'female', label: { zh: '女', en: 'Female' } },
          ],
          admin: { width: '20%' },
        },
        {
          name: 'title',
          type: 'text',
          label: { zh: '职务/职称', en: 'Position / title' },
          localized: true,
          maxLength: 100,
          admin: { width: '50%' },
        },
        countField({
          name: 'order',
          label: { zh: '排序', en: 'Order' },
          admin: {
            step: 1,
            width: '30%',
            description: { zh: '名单中的先后，小的在前', en: 'Position in the list, lowest first' },
          },
        }),
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { zh: '简介', en: 'Summary' },
      localized: true,
      maxLength: 2000,
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '照片', en: 'Photo' },
    },
    {
      name: 'citation',
      type: 'richText',
      editor: proseEditor,
      label: { zh: '事迹', en: 'Citation' },
      localized: true,
    },
    slugField({ useAsSlug: 'name' }),
  ],
  timestamps: true,
})
