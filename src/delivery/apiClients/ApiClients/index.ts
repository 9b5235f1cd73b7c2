import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'

import { forgetClientsAfterChange, forgetClientsAfterDelete } from './hooks/forgetClients'
import { ISSUED_KEY_CONTEXT, issueKey } from './hooks/issueKey'

const nobody: FieldAccess = () => false

const isOrigin = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
  } catch {
    return false
  }
}

/**
 * Downstream sites (the portal, a district site, the mobile app), each with its own API key:
 * `Authorization: Bearer kx_…` on a request is counted and limited per key, checked against the
 * client's allowed origins, and refused (401) once the client is revoked (src/delivery/apiClients).
 *
 * Not Payload's `useAPIKey`: that makes the client an auth collection whose key is stored
 * encrypted and shown again in the admin, and it signs the request in as that client, so every
 * answer would be a signed-in one that the delivery cache must not share. Here only a hash is
 * stored, the key is shown once, and a keyed request reads published content as the public does
 * (from the cache).
 */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: 'api-clients',
  labels: {
    singular: { zh: 'API 客户端', en: 'API client' },
    plural: { zh: 'API 客户端', en: 'API clients' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'name',
    defaultColumns: ['name', 'keyPrefix', 'readsPerMinute', 'canPreviewDrafts', 'isRevoked'],
    description: {
      zh: '下游站点的 API 密钥：请求头 Authorization: Bearer <密钥>。密钥只在创建时显示一次。',
      en: 'API keys of downstream sites: header Authorization: Bearer <key>. A key is shown once, when it is created.',
    },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [issueKey],
    afterChange: [forgetClientsAfterChange],
    afterDelete: [forgetClientsAfterDelete],
  },
  fields: [
    {
      // The key, shown once on the edit view Payload opens after the create (a `ui` field: it
      // stores nothing and adds nothing to the API, types or GraphQL schema).
      name: 'issuedKey',
      type: 'ui',
      admin: {
        components: { Field: '@/delivery/apiClients/admin/IssuedKeyField#IssuedKeyField' },
        disableListColumn: true,
      },
    },
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true },
    {
      name: 'allowedOrigins',
      type: 'array',
      label: { zh: '允许的来源', en: 'Allowed origins' },
      labels: {
        singular: { zh: '来源', en: 'Allowed origin' },
        plural: { zh: '允许的来源', en: 'Allowed origins' },
      },
      admin: {
        description: {
          zh: '浏览器发来的 Origin 须在此列表中（如 https://portal.example.cn），否则 403；留空则只允许服务器端调用。',
          en: 'A browser’s Origin must be listed (e.g. https://portal.example.cn), else 403; empty: server-side calls only.',
        },
      },
      fields: [
        {
          name: 'origin',
          type: 'text',
          label: { zh: '来源', en: 'Origin' },
          required: true,
          validate: (value: unknown) =>
            isOrigin(value) ||
            '请填写来源，如 https://portal.example.cn（无路径）/ Must be an origin such as https://portal.example.cn (no path)',
        },
      ],
    },
    {
      name: 'readsPerMinute',
      type: 'number',
      label: { zh: '每分钟读取上限', en: 'Reads per minute' },
      min: 1,
      admin: {
        description: {
          zh: '留空则使用服务器默认值（RATE_LIMIT_READ）',
          en: 'Empty: the server default (RATE_LIMIT_READ)',
        },
      },
    },
    {
      name: 'canPreviewDrafts',
      type: 'checkbox',
      label: { zh: '可通过预览读取草稿', en: 'May read drafts through preview' },
      defaultValue: false,
    },
    {
      name: 'isRevoked',
      type: 'checkbox',
      label: { zh: '已吊销', en: 'Revoked' },
      defaultValue: false,
    },
    {
      name: 'keyPrefix',
      type: 'text',
      label: { zh: '密钥前缀', en: 'Key prefix' },
      index: true,
      unique: true,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'keyHash',
      type: 'text',
      label: { zh: '密钥摘要', en: 'Key hash' },
      // The hash is for the key check alone: no one reads it back, through any API.
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'key',
      type: 'text',
      virtual: true,
      label: { zh: '密钥', en: 'Key' },
      access: { create: nobody, update: nobody },
      admin: { hidden: true },
      hooks: {
        // Only in the answer of the request that created the client; never stored.
        afterRead: [({ req }) => req.context[ISSUED_KEY_CONTEXT] ?? undefined],
      },
    },
  ],
}
