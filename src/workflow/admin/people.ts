import type { PayloadRequest } from 'payload'

import type { PanelPerson } from './panel/types'

/**
 * Display names of staff accounts, by id. Access skipped on purpose: editors may read only their
 * own account, yet the workflow shows them who reviewed, who is assigned and who wrote a document.
 * Only the name leaves this function.
 */
export const userNames = async (
  req: PayloadRequest,
  ids: readonly (null | string | undefined)[],
): Promise<Record<string, string>> => {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (wanted.length === 0) return {}
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return Object.fromEntries(docs.map((user) => [String(user.id), user.name]))
}

/** A staff account as the edit view's panel needs it: its name and its roles. */
export type StaffMember = PanelPerson & { roles: string[] }

/**
 * Every staff account by name, with its roles: the panel's names, its list of people and the
 * reviewers a submitter may name, all from one query. Access skipped for the same reason as
 * `userNames`; only names and roles leave this function.
 */
export const staffDirectory = async (req: PayloadRequest): Promise<StaffMember[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    select: { name: true, roles: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => ({ id: String(user.id), name: user.name, roles: user.roles ?? [] }))
}

/**
 * The reviewers and admins other than `submitterId` in a staff directory: whom a submitter may
 * name as reviewer (nobody approves their own submission).
 */
export const reviewersIn = (staff: readonly StaffMember[], submitterId: string): PanelPerson[] =>
  staff
    .filter(
      (member) =>
        member.id !== submitterId &&
        (member.roles.includes('reviewer') || member.roles.includes('admin')),
    )
    .map(({ id, name }) => ({ id, name }))

/**
 * Every staff account by name, for filters that narrow a view to a person (the calendar). Access
 * skipped for the same reason as `userNames`.
 */
export const staffNames = async (req: PayloadRequest): Promise<PanelPerson[]> =>
  (await staffDirectory(req)).map(({ id, name }) => ({ id, name }))
