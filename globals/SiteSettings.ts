import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'
import { hiddenUnlessAdmin } from '@/admin/hiddenUnlessAdmin'
import { phoneField } from '@/fields/phone'
import { urlField } from '@/fields/url'

export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: { zh: '站点设置', en: 'Site settings' },
  admin: { group: navGroups.system, hidden: hiddenUnlessAdmin },
  access: {
    read: anyone,
    update: isAdmin,
  },
  graphQL: { name: 'SiteSettings' },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      label: { zh: '站点名称', en: 'Site name' },
      localized: true,
      maxLength: 100,
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '标志', en: 'Logo' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact' },
      fields: [
        {
          name: 'address',
          type: 'text',
          label: { zh: '地址', en: 'Address' },
          localized: true,
          maxLength: 300,
        },
        {
          type: 'row',
          fields: [
            phoneField(),
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
          ],
        },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: { zh: '页脚链接', en: 'Footer links' },
      labels: {
        singular: { zh: '链接', en: 'Link' },
        plural: { zh: '链接', en: 'Links' },
      },
      maxRows: 20,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              label: { zh: '文字', en: 'Label' },
              required: true,
              localized: true,
              maxLength: 50,
            },
            urlField({ name: 'url', label: { zh: '网址', en: 'URL' } }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'icpNumber',
          type: 'text',
          label: { zh: 'ICP 备案号', en: 'ICP filing number' },
          maxLength: 50,
          admin: { placeholder: '鲁ICP备12345678号-1' },
        },
        {
          name: 'publicSecurityFilingNumber',
          type: 'text',
          label: { zh: '公安备案号', en: 'Public security filing number' },
          maxLength: 50,
          admin: { placeholder: '鲁公网安备 37020202000000号' },
        },
      ],
    },
    {
      name: 'seo',
      type: 'group',
      label: { zh: '默认 SEO', en: 'Default SEO' },
      admin: {
        description: {
          zh: '页面未单独设置时使用。',
          en: 'Used where a page sets nothing of its own.',
        },
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { zh: '标题', en: 'Title' },
          localized: true,
          maxLength: 70,
        },
        {
          name: 'description',
          type: 'textarea',
          label: { zh: '描述', en: 'Description' },
          localized: true,
          maxLength: 200,
        },
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { zh: '分享图片', en: 'Share image' },
        },
      ],
    },
  ],
}
