import type { CollectionConfig, FieldAccess } from 'payload'

import { navGroups } from '@/admin/groups'

import { isRecipient } from '../access/isRecipient'
import { kindLabels, NOTIFICATION_KINDS } from '../kinds'
import { markReadEndpoint } from '../markRead'

/** Written by the system only: a recipient may mark a notification read, nothing else. */
const fixed: FieldAccess = () => false

/**
 * In-app notifications (the bell in the admin header): one per recipient and event, written by
 * the notification channel (src/notifications/inApp.ts) with access control off. Each account
 * reads, marks read and deletes only its own; nobody creates them through the API.
 */
export const Notifications: CollectionConfig<'notifications'> = {
  slug: 'notifications',
  labels: {
    singular: { zh: '通知', en: 'Notification' },
    plural: { zh: '通知', en: 'Notifications' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'kind', 'readAt', 'createdAt'],
  },
  access: {
    read: isRecipient,
    update: isRecipient,
    delete: isRecipient,
    create: () => false,
  },
  defaultSort: '-createdAt',
  endpoints: [markReadEndpoint],
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '接收人', en: 'Recipient' },
      required: true,
      index: true,
      access: { update: fixed },
    },
    {
      name: 'kind',
      type: 'select',
      label: { zh: '类型', en: 'Kind' },
      required: true,
      options: NOTIFICATION_KINDS.map((value) => ({ value, label: kindLabels[value] })),
      access: { update: fixed },
    },
    {
      name: 'summary',
      type: 'text',
      label: { zh: '内容', en: 'Summary' },
      required: true,
      access: { update: fixed },
    },
    // Flat rather than a `document` group: Payload keeps no field named `id` inside a group.
    // Named as in `workflow-events`; `documentCollection` is `globals` for a workflow global.
    {
      name: 'documentCollection',
      type: 'text',
      label: { zh: '文档类型', en: 'Document collection' },
      access: { update: fixed },
    },
    {
      name: 'documentId',
      type: 'text',
      label: { zh: '文档 ID', en: 'Document ID' },
      index: true,
      access: { update: fixed },
    },
    {
      name: 'documentTitle',
      type: 'text',
      label: { zh: '文档标题', en: 'Document title' },
      access: { update: fixed },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '操作人', en: 'Actor' },
      access: { update: fixed },
    },
    {
      name: 'actorName',
      type: 'text',
      label: { zh: '操作人', en: 'Actor' },
      access: { update: fixed },
    },
    {
      name: 'readAt',
      type: 'date',
      label: { zh: '已读时间', en: 'Read at' },
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  timestamps: true,
}
