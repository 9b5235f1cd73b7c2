import type { CollectionConfig, CollectionSlug } from 'payload'

import { navGroups } from '@/admin/groups'
import { localizedNameField } from '@/fields/name'
import { proseEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { workflowCollection } from '@/workflow/workflowCollection'

import { FIELD_NOTES } from './entry'

/** The test collection's own file: its fields, built like every workflow collection. */
export const FieldNotes = workflowCollection({
  slug: FIELD_NOTES as CollectionSlug,
  labels: {
    singular: { zh: '科普札记', en: 'Field note' },
    plural: { zh: '科普札记', en: 'Field notes' },
  },
  admin: { group: navGroups.sciencePopularization, useAsTitle: 'name' },
  fields: [
    localizedNameField(),
    { name: 'place', type: 'text', label: { zh: '地点', en: 'Place' }, localized: true },
    {
      name: 'description',
      type: 'richText',
      label: { zh: '正文', en: 'Text' },
      localized: true,
      editor: proseEditor,
    },
    slugField({ useAsSlug: 'name' }),
  ],
}) as CollectionConfig
