import type { CollectionConfig } from 'payload'

import { localizedNameField } from '@/fields/name'
import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'
import { slugField } from '@/fields/slug'

/**
 * News categories (科普, 学术交流, 智库, ...). A managed list rather than a select so admins can
 * rename or add one without a release; the list itself is seeded.
 */
export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  labels: {
    singular: { zh: '栏目', en: 'Category' },
    plural: { zh: '栏目', en: 'Categories' },
  },
  admin: {
    group: navGroups.content,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultPopulate: { name: true, slug: true },
  graphQL: { singularName: 'Category', pluralName: 'Categories' },
  fields: [
    localizedNameField({ maxLength: 50 }),
    slugField({ useAsSlug: 'name' }),
    {
      name: 'description',
      type: 'textarea',
      label: { zh: '简介', en: 'Description' },
      localized: true,
      maxLength: 500,
    },
  ],
  timestamps: true,
}
