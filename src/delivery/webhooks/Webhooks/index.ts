import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminFieldLevel } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'
import { validateDeliveryUrl } from '@/delivery/webhooks/address'
import { WEBHOOK_COLLECTIONS, WEBHOOK_EVENTS } from '@/delivery/webhooks/constants'
import { WORKFLOW_GLOBAL_ENTRIES } from '@/content/registry'
import { collectionLabels } from '@/workflow/stages'

import { deleteDeliveries } from './hooks/deleteDeliveries'
import { generateSecret } from './hooks/generateSecret'

const eventLabels = {
  publish: { zh: '发布', en: 'Publish' },
  unpublish: { zh: '下线', en: 'Unpublish' },
  delete: { zh: '删除', en: 'Delete' },
  'release.published': { zh: '发布批次已发布', en: 'Release published' },
  'release.unpublished': { zh: '发布批次已下线', en: 'Release unpublished' },
  'release.archived': { zh: '发布批次已归档', en: 'Release archived' },
}

/**
 * Endpoints told about publish, unpublish and delete of content, and about releases published,
 * unpublished or archived as a whole (src/delivery/webhooks).
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  labels: {
    singular: { zh: 'Webhook', en: 'Webhook' },
    plural: { zh: 'Webhooks', en: 'Webhooks' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'enabled', 'events', 'collections'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeDelete: [deleteDeliveries] },
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true },
    {
      name: 'url',
      type: 'text',
      label: { zh: '推送地址', en: 'URL' },
      required: true,
      validate: validateDeliveryUrl,
    },
    {
      name: 'secret',
      type: 'text',
      label: { zh: '签名密钥', en: 'Signing secret' },
      admin: { description: { zh: '留空则自动生成', en: 'Generated when left empty' } },
      // The collection is admin-only already; this keeps the secret out of any future wider read.
      access: { read: isAdminFieldLevel },
      hooks: { beforeChange: [generateSecret] },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      label: { zh: '启用', en: 'Enabled' },
      defaultValue: true,
    },
    {
      name: 'events',
      type: 'select',
      label: { zh: '事件', en: 'Events' },
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map((value) => ({ value, label: eventLabels[value] })),
    },
    {
      name: 'collections',
      type: 'select',
      label: { zh: '集合', en: 'Collections' },
      hasMany: true,
      admin: {
        description: {
          zh: '与“全局内容”都留空表示全部；填写任一项则只推送所选的集合和全局内容',
          en: 'With Globals also empty: everything; otherwise only the collections and globals chosen',
        },
      },
      options: WEBHOOK_COLLECTIONS.map((value) => ({ value, label: collectionLabels[value] })),
    },
    {
      // The globals under review (the homepage, the official figures), published as documents are.
      name: 'globals',
      type: 'select',
      label: { zh: '全局内容', en: 'Globals' },
      hasMany: true,
      admin: {
        description: {
          zh: '与“集合”都留空表示全部',
          en: 'With Collections also empty: everything',
        },
      },
      options: WORKFLOW_GLOBAL_ENTRIES.map(({ slug, labels }) => ({ value: slug, label: labels })),
    },
  ],
  timestamps: true,
}
