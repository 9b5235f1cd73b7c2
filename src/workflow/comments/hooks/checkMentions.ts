import type { CollectionBeforeValidateHook } from 'payload'

import { ROLES } from '@/access/roles'
import type { ReviewComment } from '@/payload-types'

import { idOf } from '../../documents'
import { commentError } from '../errors'

/**
 * Everyone a comment newly mentions must be a staff account: an unknown id or an account without
 * a staff role is refused (400, naming it) before anything is written, so nobody is told about a
 * comment that was never saved. Those mentioned before are not asked about again (resolving a
 * comment that mentions a since-removed account still works).
 */
export const checkMentions: CollectionBeforeValidateHook<ReviewComment> = async ({
  data,
  originalDoc,
  req,
}) => {
  const mentions = data?.mentions
  if (!Array.isArray(mentions) || mentions.length === 0) return data
  const all = mentions.map((mention) => idOf(mention as never))
  const before = new Set((originalDoc?.mentions ?? []).map((mention) => idOf(mention)))
  const added = all.filter((id) => !before.has(id))
  const wanted = [...new Set(added.filter((id): id is string => Boolean(id)))]
  // Access skipped: editors may not read other accounts, yet they may mention them.
  const { docs } = wanted.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: wanted } },
        select: { roles: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const staff = new Set(
    docs
      .filter((user) => user.roles?.some((role) => (ROLES as readonly string[]).includes(role)))
      .map((user) => String(user.id)),
  )
  const stranger = added.find((id) => !id || !staff.has(id))
  if (stranger !== undefined) {
    throw commentError(req, 'mentionNotStaff', 400, { user: String(stranger ?? '') })
  }
  return { ...data, mentions: [...new Set(all.filter((id): id is string => Boolean(id)))] }
}
