import type { CollectionBeforeOperationHook, CollectionConfig, FieldHook, Where } from 'payload'
import { APIError } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'
import { validateDeliveryUrl } from '@/delivery/webhooks/address'

import { ROBOT_EVENTS, robotEventLabels } from '../kinds'
import { READS_SIGNING_SECRET, ROBOT_KINDS } from '../robots/constants'

const kindLabels = {
  wecom: { zh: '企业微信群机器人', en: 'WeCom group robot' },
  dingtalk: { zh: '钉钉群机器人', en: 'DingTalk group robot' },
}

/** Never read back, by anyone: only the sending task asks for it (`READS_SIGNING_SECRET`). */
const hideSecret: FieldHook = ({ context, value }) =>
  context[READS_SIGNING_SECRET] === true ? value : null

/**
 * The form never holds the stored secret, so saving it without typing a new one sends nothing:
 * the stored one stays. (The stored document, not the hidden read, is in `siblingDocWithLocales`.)
 */
const keepSecretUnlessReplaced: FieldHook = ({ value, operation, siblingDocWithLocales }) =>
  operation === 'update' && (value === null || value === undefined || value === '')
    ? siblingDocWithLocales?.secret
    : value

const namesSecret = (where: unknown): boolean => {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where as Where).some(
    ([key, value]) => key === 'secret' || key.startsWith('secret.') || namesSecret(value),
  )
}

/** A query on the secret would read it back one guess at a time. */
const refuseSecretQueries: CollectionBeforeOperationHook<'notification-channels'> = ({
  args,
  req,
}) => {
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const sorts = [sort].flat().map((value) => String(value ?? '').replace(/^-/, ''))
  if (namesSecret(where) || sorts.includes('secret')) {
    throw new APIError(
      req.i18n.language === 'en'
        ? 'The signing secret cannot be queried'
        : '签名密钥不能用于查询或排序',
      400,
    )
  }
  return args
}

/**
 * WeCom (企业微信) and DingTalk (钉钉) group robots told about workflow steps (src/notifications):
 * admins add a robot's webhook URL (and DingTalk's signing secret) and choose the events. The URL
 * is held to the webhooks' address rules.
 */
export const NotificationChannels: CollectionConfig<'notification-channels'> = {
  slug: 'notification-channels',
  labels: {
    singular: { zh: '群机器人', en: 'Group robot' },
    plural: { zh: '群机器人', en: 'Group robots' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'enabled', 'events'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [refuseSecretQueries] },
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true },
    {
      name: 'kind',
      type: 'select',
      label: { zh: '平台', en: 'Platform' },
      required: true,
      options: ROBOT_KINDS.map((value) => ({ value, label: kindLabels[value] })),
    },
    {
      name: 'url',
      type: 'text',
      label: { zh: 'Webhook 地址', en: 'Webhook URL' },
      required: true,
      admin: {
        description: {
          zh: '在群设置 › 群机器人中添加机器人后复制的地址',
          en: 'The address shown when the robot is added to the group',
        },
      },
      validate: validateDeliveryUrl,
    },
    {
      name: 'secret',
      type: 'text',
      label: { zh: '加签密钥', en: 'Signing secret' },
      admin: {
        condition: (data) => data?.kind === 'dingtalk',
        description: {
          zh: '钉钉机器人安全设置中的“加签”密钥（SEC 开头）。保存后不再显示；留空则保留原密钥',
          en: "The robot's signing secret (starts with SEC). Never shown again; leave empty to keep it",
        },
      },
      hooks: { afterRead: [hideSecret], beforeChange: [keepSecretUnlessReplaced] },
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
      options: ROBOT_EVENTS.map((value) => ({ value, label: robotEventLabels[value] })),
    },
  ],
  timestamps: true,
}
