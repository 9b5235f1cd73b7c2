import type { TextFieldSingleValidation, Where } from 'payload'
import { validations } from 'payload'

import { relationshipId } from '@/fields/relationshipId'
import { kexieT } from '@/i18n/t'
import type { AwardRecipient } from '@/payload-types'

/**
 * One record per person, award and year. Checked on `name` (in the language being edited) rather
 * than with a compound unique index, which a localized field cannot take part in.
 */
export const oncePerAwardAndYear: TextFieldSingleValidation = async (value, options) => {
  const checked = validations.text(value, options)
  if (checked !== true) return checked
  const { data, id, req } = options
  const { award: awardValue, year: yearValue } = data as Partial<AwardRecipient>
  const award = relationshipId(awardValue)
  const year = Number(yearValue)
  const name = typeof value === 'string' ? value.trim() : ''
  if (!name || award === undefined || !Number.isInteger(year)) return true
  const conditions: Where[] = [
    { name: { equals: name } },
    { award: { equals: award } },
    { year: { equals: year } },
  ]
  if (id !== undefined) conditions.push({ id: { not_equals: id } })
  // overrideAccess: a duplicate is a duplicate even when it is someone else's draft.
  const { totalDocs } = await req.payload.count({
    collection: 'award-recipients',
    where: { and: conditions },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? kexieT(req)('kexie:duplicateRecipient', { name, year }) : true
}
