import type { GlobalConfig } from 'payload'

import { navGroups } from '@/admin/groups'
import { workflowGlobal } from '@/workflow/workflowGlobal'

/**
 * What the homepage shows: hero and featured items. Public-facing, so under review like a
 * document (src/workflow/workflowGlobal.ts): staff save drafts, readers get the published version.
 */
export const Homepage: GlobalConfig<'homepage'> = workflowGlobal({
  slug: 'homepage',
  label: { zh: '首页', en: 'Homepage' },
  admin: { group: navGroups.content },
  graphQL: { name: 'Homepage' },
  fields: [
    {
      name: 'hero',
      type: 'group',
      label: { zh: '头图区', en: 'Hero' },
      fields: [
        {
          name: 'heading',
          type: 'text',
          label: { zh: '标题', en: 'Heading' },
          localized: true,
          maxLength: 100,
        },
        {
          name: 'text',
          type: 'textarea',
          label: { zh: '文字', en: 'Text' },
          localized: true,
          maxLength: 500,
        },
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { zh: '图片', en: 'Image' },
        },
      ],
    },
    {
      // Anonymous readers get only the published ones populated: read access applies to relations.
      name: 'featuredArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 12,
      label: { zh: '推荐新闻', en: 'Featured articles' },
    },
    {
      name: 'featuredEvents',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      maxRows: 12,
      label: { zh: '推荐活动', en: 'Featured events' },
    },
  ],
})
