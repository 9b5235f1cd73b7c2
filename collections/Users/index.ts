import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminFieldLevel } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { ROLES } from '@/access/roles'
import { hiddenUnlessAdmin } from '@/admin/hiddenUnlessAdmin'
import { navGroups } from '@/admin/groups'
import { isProduction, settings } from '@/env'

import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/enforcePasswordPolicy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { throttleCredentials } from './hooks/throttleCredentials'

const roleLabels = {
  admin: { zh: '管理员', en: 'Admin' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  editor: { zh: '编辑', en: 'Editor' },
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  admin: {
    group: navGroups.system,
    hidden: hiddenUnlessAdmin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
  },
  auth: {
    // https://payloadcms.com/docs/authentication/overview#config-options
    maxLoginAttempts: settings().LOGIN_MAX_ATTEMPTS,
    lockTime: settings().LOGIN_LOCK_MINUTES * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      secure: isProduction(),
      sameSite: 'Lax',
    },
  },
  access: {
    // The first account is created through Payload's register-first-user path, which skips this.
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleCredentials, enforcePasswordPolicyOnReset],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      required: true,
      maxLength: 100,
    },
    {
      name: 'roles',
      type: 'select',
      label: { zh: '角色', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        create: isAdminFieldLevel,
        update: isAdminFieldLevel,
      },
      admin: {
        description: {
          zh: '编辑撰写和提交稿件；审核员审核、发布；管理员另管理用户和设置。',
          en: 'Editors write and submit; reviewers approve and publish; admins also manage users and settings.',
        },
      },
    },
  ],
  timestamps: true,
}
