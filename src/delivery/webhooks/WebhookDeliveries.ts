import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'
import { WEBHOOK_EVENTS } from '@/delivery/webhooks/constants'

/** One record per delivery attempt, written by the `webhookDeliver` task; read-only for admins. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { zh: '推送记录', en: 'Webhook delivery' },
    plural: { zh: '推送记录', en: 'Webhook deliveries' },
  },
  admin: {
    group: navGroups.system,
    defaultColumns: ['deliveredAt', 'webhook', 'event', 'statusCode', 'error', 'attempt'],
  },
  defaultSort: '-deliveredAt',
  disableDuplicate: true,
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: 'webhooks',
      label: { zh: 'Webhook', en: 'Webhook' },
      required: true,
      index: true,
    },
    {
      name: 'event',
      type: 'select',
      label: { zh: '事件', en: 'Event' },
      options: [...WEBHOOK_EVENTS],
      required: true,
    },
    { name: 'collection', type: 'text', label: { zh: '集合', en: 'Collection' } },
    { name: 'documentId', type: 'text', label: { zh: '文档', en: 'Document' } },
    // Groups the attempts of one delivery: the jobs queue's job id.
    { name: 'jobId', type: 'text', label: { zh: '任务', en: 'Job' }, index: true },
    { name: 'attempt', type: 'number', label: { zh: '第几次', en: 'Attempt' }, required: true },
    { name: 'statusCode', type: 'number', label: { zh: '状态码', en: 'Status code' } },
    { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' } },
    { name: 'durationMs', type: 'number', label: { zh: '耗时 (ms)', en: 'Duration (ms)' } },
    {
      name: 'deliveredAt',
      type: 'date',
      label: { zh: '时间', en: 'Time' },
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  timestamps: true,
}
