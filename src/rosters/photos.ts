import type { File as PayloadFile } from 'payload'
import { unzipSync } from 'fflate'
import iconv from 'iconv-lite'

import { inspectUpload } from '@/media/inspectUpload'

import { checkUnzipped, RosterFileError } from './readWorkbook'

/** Photos of a few thousand people at a few MB each, not more. */
export const MAX_PHOTOS_UNZIPPED_BYTES = 256 * 1024 * 1024

export type PhotoEntry = { fileName: string; data: Buffer }

export type PhotoBox = {
  /** The photo for a 照片 cell (a file name) or, without one, for the person's name. */
  find: (cell: string | undefined, name: string) => PhotoEntry | undefined
}

/**
 * Windows' own zip tool writes Chinese file names in the system code page (GBK) without the
 * UTF-8 flag, which fflate then reads as Latin-1: the bytes are recovered and decoded again.
 */
const fileNameOf = (path: string): string => {
  const base = path.split(/[/\\]/).pop() ?? ''
  const bytes = Buffer.from(base, 'latin1')
  const isLatin1 = [...base].every((char) => char.charCodeAt(0) <= 0xff)
  if (isLatin1 && /[\u0080-\u00ff]/.test(base)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return iconv.decode(bytes, 'gb18030')
    }
  }
  return base
}

export const stemOf = (fileName: string) => fileName.replace(/\.[^.]*$/, '')

/**
 * Reads an optional photos zip (bounded like a workbook: counted before it is unpacked). Folders,
 * macOS resource forks and hidden files are skipped; entries are matched by file name.
 */
export const readPhotos = (bytes: Uint8Array): PhotoBox => {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new RosterFileError('notSpreadsheet')
  checkUnzipped(bytes, { maxBytes: MAX_PHOTOS_UNZIPPED_BYTES, isWorkbook: false })
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: ({ name }) => !name.endsWith('/') && !name.startsWith('__MACOSX/'),
    })
  } catch {
    throw new RosterFileError('corrupt')
  }
  const byName = new Map<string, PhotoEntry>()
  const byStem = new Map<string, PhotoEntry>()
  for (const [path, data] of Object.entries(files)) {
    const fileName = fileNameOf(path)
    if (!fileName || fileName.startsWith('.')) continue
    const entry = { fileName, data: Buffer.from(data) }
    byName.set(fileName, entry)
    byStem.set(stemOf(fileName), entry)
  }
  return {
    find: (cell, name) => (cell ? byName.get(cell) : (byName.get(name) ?? byStem.get(name))),
  }
}

/** Whether a photo passes the media library's own content checks (an image, within the pixels). */
export const isAcceptedPhoto = async (entry: PhotoEntry, maxPixels: number): Promise<boolean> => {
  const file: PayloadFile = {
    data: entry.data,
    mimetype: 'application/octet-stream',
    name: entry.fileName,
    size: entry.data.length,
  }
  const verdict = await inspectUpload(file, maxPixels)
  return verdict.isAccepted && verdict.mimeType.startsWith('image/')
}

export const photoFile = (entry: PhotoEntry): PayloadFile => ({
  data: entry.data,
  mimetype: 'application/octet-stream',
  name: entry.fileName,
  size: entry.data.length,
})
