import type { CollectionConfig } from 'payload'

import { localizedNameField } from '@/fields/name'
import { navGroups } from '@/admin/groups'
import { yearField } from '@/fields/numbers'
import { proseEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { workflowCollection } from '@/workflow/workflowCollection'

/** Award programmes (青岛市青年科技奖, 青岛最美科技工作者, ...); winners are `award-recipients`. */
export const Awards: CollectionConfig<'awards'> = workflowCollection({
  slug: 'awards',
  labels: {
    singular: { zh: '奖项', en: 'Award' },
    plural: { zh: '奖项', en: 'Awards' },
  },
  admin: {
    group: navGroups.peopleAndAwards,
    useAsTitle: 'name',
    defaultColumns: ['name', 'organizer', 'firstYear', '_status'],
    listSearchableFields: ['name', 'organizer', 'slug'],
  },
  defaultSort: 'name',
  defaultPopulate: { name: true, slug: true },
  graphQL: { singularName: 'Award', pluralName: 'Awards' },
  fields: [
    localizedNameField(),
    {
      type: 'row',
      fields: [
        {
          name: 'organizer',
          type: 'text',
          label: { zh: '评选单位', en: 'Organizer' },
          localized: true,
          maxLength: 200,
          admin: { width: '70%' },
        },
        yearField({
          name: 'firstYear',
          label: { zh: '首届年份', en: 'First awarded' },
          admin: { step: 1, width: '30%' },
        }),
      ],
    },
    {
      name: 'description',
      type: 'richText',
      editor: proseEditor,
      label: { zh: '介绍', en: 'Description' },
      localized: true,
    },
    {
      name: 'recipients',
      type: 'join',
      collection: 'award-recipients',
      on: 'award',
      label: { zh: '获奖者', en: 'Recipients' },
      defaultSort: '-year',
      admin: { defaultColumns: ['name', 'year', 'affiliation', '_status'] },
    },
    slugField({ useAsSlug: 'name' }),
  ],
  timestamps: true,
})
