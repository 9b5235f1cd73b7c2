import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export const TEST_PASSWORD = 'correct-horse-battery'

let counter = 0

/** Creates a staff account directly: test set-up, not the behaviour under test. */
export const createStaff = async (
  payload: Payload,
  roles: Role[],
  name?: string,
): Promise<User> => {
  counter += 1
  const label = name ?? `${roles.join('-')}-${counter}`
  return payload.create({
    collection: 'users',
    data: {
      email: `${label}-${Date.now()}-${counter}@kexie.test`,
      name: label,
      password: TEST_PASSWORD,
      roles,
    },
    overrideAccess: true,
  })
}

export type Staff = { admin: User; reviewer: User; editor: User; otherEditor: User }

/** One account per role (the admin first: the first account always becomes admin). */
export const createStaffSet = async (payload: Payload): Promise<Staff> => {
  const admin = await createStaff(payload, ['admin'], 'admin')
  const reviewer = await createStaff(payload, ['reviewer'], 'reviewer')
  const editor = await createStaff(payload, ['editor'], 'editor')
  const otherEditor = await createStaff(payload, ['editor'], 'editor-b')
  return { admin, reviewer, editor, otherEditor }
}

export type StaffTokens = Record<keyof Staff, string>

/** Logs every account of a staff set in over REST; the JWTs, by role. */
export const loginStaff = async (
  api: { login: (email: string, password: string) => Promise<string> },
  staff: Staff,
): Promise<StaffTokens> => ({
  admin: await api.login(staff.admin.email, TEST_PASSWORD),
  reviewer: await api.login(staff.reviewer.email, TEST_PASSWORD),
  editor: await api.login(staff.editor.email, TEST_PASSWORD),
  otherEditor: await api.login(staff.otherEditor.email, TEST_PASSWORD),
})
