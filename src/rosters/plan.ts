import type { PayloadRequest, TypedLocale, Where } from 'payload'

import { relationshipId } from '@/fields/relationshipId'
import type { AwardRecipient, User } from '@/payload-types'
import { stageOf } from '@/workflow/documents'
import { decideEdit } from '@/workflow/stateMachine'

import { EXPORT_HEADERS } from './columns'
import type { RosterIssue, Translate } from './parseRoster'
import type { PhotoBox, PhotoEntry } from './photos'
import { isAcceptedPhoto, stemOf } from './photos'
import type { RecipientInput } from './validateRows'

export type PlannedWrite = {
  row: number
  name: string
  /** The recipient to update; none for a new one. */
  id?: string
  data: Partial<AwardRecipient>
  /** A photo from the photos zip, uploaded to the media library before the recipient is saved. */
  upload?: PhotoEntry
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
  photos?: PhotoBox
  maxPixels: number
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

const mediaFileNames = async ({ req }: PlanContext, where: Where) => {
  const { docs } = await req.payload.find({
    collection: 'media',
    where,
    depth: 0,
    pagination: false,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs.map((doc) => ({ id: String(doc.id), fileName: doc.filename ?? '' }))
}

const photosByFileName = async (context: PlanContext, inputs: RecipientInput[]) => {
  const names = [...new Set(inputs.map((input) => input.photoFile).filter(Boolean))] as string[]
  if (names.length === 0) return new Map<string, string>()
  const media = await mediaFileNames(context, { filename: { in: names } })
  return new Map(media.map(({ id, fileName }) => [fileName, id]))
}

/** The file names of the photos recipients have now, by media id. */
const currentPhotoNames = async (context: PlanContext, docs: AwardRecipient[]) => {
  const ids = [...new Set(docs.map((doc) => relationshipId(doc.photo)).filter(Boolean))]
  if (ids.length === 0) return new Map<string, string>()
  const media = await mediaFileNames(context, { id: { in: ids } })
  return new Map(media.map(({ id, fileName }) => [id, fileName]))
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
  const currentPhotos = await currentPhotoNames(context, [...existing.values()])
  const user = req.user as User
  const actor = { kind: 'user' as const, id: String(user.id), roles: user.roles ?? [] }
  const plan: RosterPlan = { creates: [], updates: [], unchanged: [] }
  const issues: RosterIssue[] = []

  for (const { row, name, values, photoFile } of inputs) {
    const data: Partial<AwardRecipient> = { ...values }
    const current = existing.get(name)
    const column = EXPORT_HEADERS.photo
    const fromZip = context.photos?.find(photoFile, name)
    let upload: PhotoEntry | undefined
    if (fromZip) {
      if (!(await isAcceptedPhoto(fromZip, context.maxPixels))) {
        const file = fromZip.fileName
        issues.push({ row, column, message: t('photoRejected', { row, column, file }) })
        continue
      }
      const currentPhoto = currentPhotos.get(String(relationshipId(current?.photo) ?? ''))
      // The same file again (a re-import of the same zip): the photo the recipient has stays. The
      // library may have converted it (to WebP), so names are compared without their extension.
      if (currentPhoto && stemOf(currentPhoto) === stemOf(fromZip.fileName)) {
        data.photo = current?.photo
      } else upload = fromZip
    } else if (photoFile !== undefined) {
      const photo = photoFile ? photos.get(photoFile) : null
      if (photo === undefined) {
        issues.push({ row, column, message: t('photoNotFound', { row, column, file: photoFile }) })
        continue
      }
      data.photo = photo
    }
    if (!current) {
      plan.creates.push({
        row,
        name,
        upload,
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
    if (changes.length === 0 && !upload) plan.unchanged.push({ row, name, id: String(current.id) })
    else {
      const changed = Object.fromEntries(changes)
      plan.updates.push({ row, name, id: String(current.id), data: changed, upload })
    }
  }
  return { plan, issues }
}
