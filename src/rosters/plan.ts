import type { PayloadRequest, TypedLocale } from 'payload'

import { relationshipId } from '@/fields/relationshipId'
import type { AwardRecipient, User } from '@/payload-types'
import { stageOf } from '@/workflow/documents'
import { decideEdit } from '@/workflow/stateMachine'

import { EXPORT_HEADERS } from './columns'
import type { RosterIssue, Translate } from './parseRoster'
import type { RecipientInput } from './validateRows'

export type PlannedWrite = {
  row: number
  name: string
  /** The recipient to update; none for a new one. */
  id?: string
  data: Partial<AwardRecipient>
}

export type RosterPlan = {
  creates: PlannedWrite[]
  updates: PlannedWrite[]
  /** Recipients the sheet names exactly as they are: nothing to write. */
  unchanged: { row: number; name: string; id: string }[]
}

export type PlanContext = {
  req: PayloadRequest
  awardId: string
  year: number
  locale: TypedLocale
  t: Translate
}

// A populated photo and its id are the same photo; undefined and null are both "none".
const comparable = (value: unknown) =>
  value === null || value === undefined
    ? null
    : typeof value === 'object'
      ? (relationshipId(value) ?? null)
      : value

const same = (current: unknown, next: unknown): boolean => comparable(current) === comparable(next)

/** The recipients already on this award and year, by name in the language being imported. */
const existingByName = async ({ req, awardId, year, locale }: PlanContext) => {
  const { docs } = await req.payload.find({
    collection: 'award-recipients',
    where: { and: [{ award: { equals: awardId } }, { year: { equals: year } }] },
    // The working copies: an import continues from the latest draft, not the live version.
    draft: true,
    depth: 0,
    pagination: false,
    locale,
    fallbackLocale: false,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return new Map(docs.filter((doc) => doc.name).map((doc) => [doc.name.trim(), doc]))
}

const photosByFileName = async ({ req }: PlanContext, inputs: RecipientInput[]) => {
  const names = [...new Set(inputs.map((input) => input.photoFile).filter(Boolean))] as string[]
  if (names.length === 0) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { filename: { in: names } },
    depth: 0,
    pagination: false,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return new Map(docs.map((doc) => [doc.filename ?? '', String(doc.id)]))
}

/**
 * Decides, row by row, whether an import creates, updates or leaves a recipient (same name, award
 * and year is the same person), before anything is written: a photo that is not in the media
 * library, or a recipient this person may not change now (under review, archived), is an issue.
 */
export const planImport = async (
  context: PlanContext,
  inputs: RecipientInput[],
): Promise<{ plan: RosterPlan; issues: RosterIssue[] }> => {
  const { req, t } = context
  const existing = await existingByName(context)
  const photos = await photosByFileName(context, inputs)
  const user = req.user as User
  const actor = { kind: 'user' as const, id: String(user.id), roles: user.roles ?? [] }
  const plan: RosterPlan = { creates: [], updates: [], unchanged: [] }
  const issues: RosterIssue[] = []

  for (const { row, name, values, photoFile } of inputs) {
    const data: Partial<AwardRecipient> = { ...values }
    if (photoFile !== undefined) {
      const photo = photoFile ? photos.get(photoFile) : null
      if (photo === undefined) {
        const column = EXPORT_HEADERS.photo
        issues.push({ row, column, message: t('photoNotFound', { row, column, file: photoFile }) })
        continue
      }
      data.photo = photo
    }
    const current = existing.get(name)
    if (!current) {
      plan.creates.push({
        row,
        name,
        data: { ...data, name, award: context.awardId, year: context.year },
      })
      continue
    }
    const decision = decideEdit({ stage: stageOf(current) }, actor)
    if (!decision.ok) {
      const key = decision.reason === 'editArchived' ? 'archived' : 'underReview'
      issues.push({ row, column: null, message: t(key, { row, name }) })
      continue
    }
    const changes = Object.entries(data).filter(
      ([field, value]) => !same(current[field as keyof AwardRecipient], value),
    )
    if (changes.length === 0) plan.unchanged.push({ row, name, id: String(current.id) })
    else plan.updates.push({ row, name, id: String(current.id), data: Object.fromEntries(changes) })
  }
  return { plan, issues }
}
