import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { isProduction } from '@/env'

export type DemoAccount = { email: string; name: string; password: string; roles: Role[] }

const DEMO_ACCOUNTS: Omit<DemoAccount, 'password'>[] = [
  { email: 'admin@kexie.test', name: '系统管理员（演示）', roles: ['admin'] },
  { email: 'reviewer@kexie.test', name: '审核员（演示）', roles: ['reviewer'] },
  { email: 'editor1@kexie.test', name: '编辑甲（演示）', roles: ['editor'] },
  { email: 'editor2@kexie.test', name: '编辑乙（演示）', roles: ['editor'] },
]

const onetimePassword = () => randomBytes(12).toString('base64url')

/**
 * On an installation without accounts, creates the demo staff with one-time random passwords and
 * returns them so the caller can print them once. Never used in production.
 */
export const ensureDemoUsers = async (payload: Payload): Promise<DemoAccount[]> => {
  if (isProduction()) return []
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return []

  const created: DemoAccount[] = []
  for (const account of DEMO_ACCOUNTS) {
    const withPassword = { ...account, password: onetimePassword() }
    // Seeding before any account exists: there is no user to act as.
    await payload.create({ collection: 'users', data: withPassword, overrideAccess: true })
    created.push(withPassword)
  }
  return created
}

export const formatDemoAccounts = (accounts: DemoAccount[]): string =>
  [
    'Demo accounts (passwords are shown only this once; delete ./data to start over):',
    ...accounts.map(
      ({ email, password, roles }) =>
        `  ${roles.join(',').padEnd(9)} ${email.padEnd(22)} ${password}`,
    ),
  ].join('\n')
