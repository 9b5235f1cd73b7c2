import type { PayloadRequest, TypedLocale } from 'payload'
import { APIError, commitTransaction, killTransaction } from 'payload'

import type { AwardRecipient } from '@/payload-types'
import {
  endReleaseTransaction,
  initReleaseTransaction,
  WRITES_PER_YIELD,
  yieldToEventLoop,
} from '@/workflow/releases/transaction'

import type { PlannedWrite, RosterPlan } from './plan'
import type { RosterReleasePlan } from './release'
import { photoFile } from './photos'
import { writeRosterRelease } from './release'

export type ImportResult = {
  created: number
  updated: number
  unchanged: number
  release: { id: string }
}

/** A write that failed, with the sheet row it came from. */
export class RowWriteError extends Error {
  constructor(
    readonly row: number,
    readonly cause: unknown,
  ) {
    super(`row ${row}`)
    this.name = 'RowWriteError'
  }
}

/**
 * Writes a checked plan: every recipient as a draft (the collection's workflow rules make each
 * write a draft, a live recipient gets a new draft version), then the release, all in one
 * transaction. Where the database offers none (MongoDB without a replica set), the plan was
 * checked in full beforehand, and recipients created before a failure are removed again.
 */
export const writeImport = async (
  req: PayloadRequest,
  plan: RosterPlan,
  { locale, release: releasePlan }: { locale: TypedLocale; release: RosterReleasePlan },
): Promise<ImportResult> => {
  // One transaction on every database, SQLite included (as a release's publication has).
  const uploaded = await uploadPhotos(req, [...plan.creates, ...plan.updates], locale)
  const ownsTransaction = await initReleaseTransaction(req)
  const hasTransaction = Boolean(await req.transactionID)
  const createdIds: string[] = []
  const write = async ({ row, id, data }: PlannedWrite): Promise<string> => {
    try {
      const options = { depth: 0, locale, user: req.user, overrideAccess: false, req } as const
      const doc = id
        ? await req.payload.update({ collection: 'award-recipients', id, data, ...options })
        : await req.payload.create({
            collection: 'award-recipients',
            // planImport gives a new recipient its name, award and year.
            data: data as AwardRecipient,
            ...options,
          })
      if (!id) createdIds.push(String(doc.id))
      return String(doc.id)
    } catch (error) {
      throw new RowWriteError(row, error)
    }
  }
  let failure: unknown
  try {
    const ids: string[] = []
    for (const entry of [...plan.creates, ...plan.updates]) {
      if (ids.length > 0 && ids.length % WRITES_PER_YIELD === 0) await yieldToEventLoop()
      ids.push(await write(entry))
    }
    ids.push(...plan.unchanged.map(({ id }) => id))
    const ordered = [...plan.creates, ...plan.updates, ...plan.unchanged]
    const sheetOrder = ordered
      .map((entry, index) => ({ row: entry.row, id: ids[index] }))
      .sort((a, b) => a.row - b.row)
      .map(({ id }) => id)
    const release = await writeRosterRelease(req, releasePlan, sheetOrder)
    if (ownsTransaction) await commitTransaction(req)
    return {
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged.length,
      release,
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    failure = error
  } finally {
    if (ownsTransaction) await endReleaseTransaction(req)
  }
  // Clean-up writes go on the main connection: only once the transaction has ended (on SQLite
  // they would otherwise wait for its lock).
  if (!hasTransaction) await removeCreated(req, createdIds)
  await removeMedia(req, uploaded)
  throw failure
}

/**
 * Photos from the zip go into the media library first, each as its own upload through the media
 * collection's checks, as the importing person: files are no part of a database transaction, so
 * they are written before it and removed again if the import then fails.
 */
const uploadPhotos = async (
  req: PayloadRequest,
  writes: PlannedWrite[],
  locale: TypedLocale,
): Promise<string[]> => {
  const uploaded: string[] = []
  for (const write of writes) {
    if (!write.upload) continue
    try {
      const media = await req.payload.create({
        collection: 'media',
        data: { alt: write.name },
        file: photoFile(write.upload),
        depth: 0,
        locale,
        user: req.user,
        overrideAccess: false,
      })
      uploaded.push(String(media.id))
      write.data = { ...write.data, photo: String(media.id) }
    } catch (error) {
      await removeMedia(req, uploaded)
      throw new RowWriteError(write.row, error)
    }
  }
  return uploaded
}

const removeMedia = async (req: PayloadRequest, ids: string[]) => {
  if (ids.length === 0) return
  try {
    // Access skipped: an editor may not delete media, but these are this failed import's own.
    await req.payload.delete({
      collection: 'media',
      where: { id: { in: ids } },
      overrideAccess: true,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'roster import: could not remove its photos' })
  }
}

const removeCreated = async (req: PayloadRequest, ids: string[]) => {
  if (ids.length === 0) return
  try {
    // Access skipped: an editor may not delete, but these are this request's own half-import.
    await req.payload.delete({
      collection: 'award-recipients',
      where: { id: { in: ids } },
      overrideAccess: true,
      context: { isRosterRollback: true },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'roster import: could not remove a half-import' })
  }
}

export const isClientError = (error: unknown): error is APIError =>
  error instanceof APIError && error.status < 500
