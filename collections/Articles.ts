import type { CollectionConfig } from 'payload'

import { navGroups } from '@/admin/groups'
import { contentEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { populatePublishedAt } from '@/hooks/populatePublishedAt'
import { workflowCollection } from '@/workflow/workflowCollection'

export const Articles: CollectionConfig<'articles'> = workflowCollection({
  slug: 'articles',
  labels: {
    singular: { zh: '新闻', en: 'Article' },
    plural: { zh: '新闻', en: 'Articles' },
  },
  admin: {
    group: navGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'byline', 'slug'],
  },
  defaultSort: '-publishedAt',
  defaultPopulate: {
    title: true,
    slug: true,
    summary: true,
    coverImage: true,
    category: true,
    publishedAt: true,
  },
  graphQL: { singularName: 'Article', pluralName: 'Articles' },
  hooks: {
    beforeChange: [populatePublishedAt],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { zh: '标题', en: 'Title' },
      required: true,
      localized: true,
      maxLength: 200,
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '正文', en: 'Content' },
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              label: { zh: '摘要', en: 'Summary' },
              localized: true,
              maxLength: 500,
            },
            {
              name: 'coverImage',
              type: 'upload',
              relationTo: 'media',
              label: { zh: '封面图', en: 'Cover image' },
            },
            {
              name: 'content',
              type: 'richText',
              editor: contentEditor,
              label: { zh: '正文', en: 'Content' },
              required: true,
              localized: true,
            },
          ],
        },
        {
          label: { zh: '来源与关联', en: 'Source and related' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'byline',
                  type: 'text',
                  label: { zh: '署名', en: 'Byline' },
                  localized: true,
                  maxLength: 100,
                  admin: { placeholder: '记者 高静文', width: '50%' },
                },
                {
                  name: 'source',
                  type: 'text',
                  label: { zh: '来源', en: 'Source' },
                  localized: true,
                  maxLength: 100,
                  admin: { placeholder: '观海新闻/青岛晚报', width: '50%' },
                },
              ],
            },
            urlField({ name: 'sourceUrl', label: { zh: '原文链接', en: 'Source URL' } }),
            {
              name: 'relatedEvents',
              type: 'relationship',
              relationTo: 'events',
              hasMany: true,
              label: { zh: '相关活动', en: 'Related events' },
            },
            {
              name: 'relatedBases',
              type: 'relationship',
              relationTo: 'science-education-bases',
              hasMany: true,
              label: { zh: '相关科普教育基地', en: 'Related science education bases' },
            },
            {
              name: 'relatedAwardRecipients',
              type: 'relationship',
              relationTo: 'award-recipients',
              hasMany: true,
              label: { zh: '相关获奖者', en: 'Related award recipients' },
            },
          ],
        },
      ],
    },
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      label: { zh: '发布时间', en: 'Published at' },
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          zh: '留空则在首次发布时自动填写。',
          en: 'Filled in on first publication when left empty.',
        },
      },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      label: { zh: '栏目', en: 'Category' },
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      // An array rather than a localized `text` with hasMany: Payload 3.90's SQL adapters build
      // invalid SQL when a where clause filters on a localized hasMany text field.
      name: 'tags',
      type: 'array',
      label: { zh: '标签', en: 'Tags' },
      labels: {
        singular: { zh: '标签', en: 'Tag' },
        plural: { zh: '标签', en: 'Tags' },
      },
      localized: true,
      maxRows: 20,
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'tag',
          type: 'text',
          label: { zh: '标签', en: 'Tag' },
          required: true,
          maxLength: 30,
        },
      ],
    },
  ],
  timestamps: true,
})
