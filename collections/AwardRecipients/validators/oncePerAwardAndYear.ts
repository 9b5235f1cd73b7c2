import type { PayloadRequest, TextFieldSingleValidation, TypedLocale, Where } from 'payload'
import { validations } from 'payload'

import { relationshipId } from '@/fields/relationshipId'
import { kexieT } from '@/i18n/t'
import type { AwardRecipient } from '@/payload-types'
import { readOncePerBatch } from '@/workflow/requestContext'

type Recipient = { award: number | string; year: number; name: string; id?: number | string }

/** How many other recipients of the award and year have this name (in the request's locale). */
const countOthers = async (req: PayloadRequest, { award, year, name, id }: Recipient) => {
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
  return totalDocs
}

/**
 * The recipients of an award and year by name in `locale`, as stored: one query, the same rows
 * `countOthers` counts (its `equals` is exact string equality on every adapter).
 */
const recipientsByName = async (req: PayloadRequest, award: Recipient['award'], year: number) => {
  // overrideAccess: as in `countOthers`.
  const { docs } = await req.payload.find({
    collection: 'award-recipients',
    where: { and: [{ award: { equals: award } }, { year: { equals: year } }] },
    select: { name: true },
    locale: req.locale as TypedLocale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byName = new Map<string, string[]>()
  for (const { id, name } of docs) {
    if (typeof name === 'string') byName.set(name, [...(byName.get(name) ?? []), String(id)])
  }
  return byName
}

/**
 * A release publishes hundreds of recipients of one award and year: inside its batch the award
 * and year's names are read once, not counted per item. Null outside a batch, or when no single
 * locale is being validated.
 */
const countOthersInBatch = async (req: PayloadRequest, recipient: Recipient) => {
  const { award, year, name, id } = recipient
  if (typeof req.locale !== 'string' || req.locale === 'all') return null
  const read = readOncePerBatch(req, `oncePerAwardAndYear:${req.locale}:${award}:${year}`, () =>
    recipientsByName(req, award, year),
  )
  if (!read) return null
  const ids = (await read).get(name) ?? []
  return ids.filter((other) => other !== String(id)).length
}

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
  const recipient = { award, year, name, id }
  const others = (await countOthersInBatch(req, recipient)) ?? (await countOthers(req, recipient))
  return others > 0 ? kexieT(req)('kexie:duplicateRecipient', { name, year }) : true
}
