import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { FileUploadError } from 'payload'
import type { AfterErrorHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { errorHookAnswer } from '@/http/errorAnswer'
import { kexieT } from '@/i18n/t'

/** Where the media collection stores its files (`upload.staticDir`). */
export const mediaDir = (): string => path.resolve(process.cwd(), 'media')

/** The errors a write gives when the disk, the quota or the file-size limit is exhausted. */
const OUT_OF_SPACE = new Set(['ENOSPC', 'EFBIG', 'EDQUOT'])

type PlannedWrites = { dir: string; paths: string[]; bytes: number }

const CONTEXT_KEY = 'kexieMediaWrites'

const plannedWrites = (req: PayloadRequest): PlannedWrites | undefined =>
  req.context?.[CONTEXT_KEY] as PlannedWrites | undefined

/**
 * Payload writes the original and every image size (generateFileData's names) after this hook and
 * before the database row. It throws FileUploadError if any write fails, but leaves what it wrote:
 * the sizes that fitted and the original cut short. This notes the files it is about to write so
 * the error hook below can remove them.
 */
export const rememberMediaWrites =
  (dir: string): CollectionBeforeChangeHook =>
  ({ data, req }) => {
    if (!req.file || typeof data.filename !== 'string') return data
    const sizes = Object.values((data.sizes ?? {}) as Record<string, unknown>).filter(
      (size): size is { filename: string; filesize?: number } =>
        typeof (size as { filename?: unknown } | null)?.filename === 'string',
    )
    req.context[CONTEXT_KEY] = {
      dir,
      paths: [data.filename, ...sizes.map((size) => size.filename)].map((name) =>
        path.join(dir, path.basename(name)),
      ),
      bytes:
        (typeof data.filesize === 'number' ? data.filesize : (req.file.size ?? 0)) +
        sizes.reduce((sum, size) => sum + (size.filesize ?? 0), 0),
    } satisfies PlannedWrites
    return data
  }

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code

/**
 * Payload keeps only its own message when a file write fails, not the error code. Once the partial
 * files are gone, writing as many bytes as the upload needed tells whether the folder is out of
 * space (or the file-size limit is reached): that answer is the storage's, not a guess.
 */
const outOfSpace = async ({ dir, bytes }: PlannedWrites): Promise<boolean> => {
  const probe = path.join(dir, `.kexie-space-probe-${randomBytes(6).toString('hex')}`)
  try {
    await writeFile(probe, Buffer.alloc(Math.max(bytes, 1)))
    return false
  } catch (error) {
    return OUT_OF_SPACE.has(errorCode(error) ?? '')
  } finally {
    await rm(probe, { force: true })
  }
}

/**
 * A media upload whose files could not be written: removes whatever part of it reached the
 * folder (no row exists yet, Payload writes files first), and answers 507 Insufficient Storage
 * with a clear message when the storage is full. Other write failures keep Payload's 400.
 * https://payloadcms.com/docs/hooks/overview#root-hooks
 */
export const mediaStorageFullAsInsufficientStorage: AfterErrorHook = async ({ error, req }) => {
  if (!(error instanceof FileUploadError)) return
  const planned = plannedWrites(req)
  if (!planned) return
  delete req.context[CONTEXT_KEY]
  await Promise.all(planned.paths.map((file) => rm(file, { force: true })))
  if (!(await outOfSpace(planned))) return
  const message = kexieT(req)('kexie:mediaStorageFull')
  return errorHookAnswer(507, message)
}
