import { open } from 'node:fs/promises'

import type { File } from 'payload'
import sharp from 'sharp'

export type UploadVerdict =
  | { isAccepted: true; mimeType: string; extension: string }
  | { isAccepted: false; reason: 'markup'; markup: 'SVG' | 'HTML' | 'XML' }
  | { isAccepted: false; reason: 'unsupported'; format?: string }
  | { isAccepted: false; reason: 'tooManyPixels'; width: number; height: number; frames: number }

/** What sharp calls each accepted image format; AVIF is HEIF with AV1 compression. */
const IMAGE_TYPES: Record<string, { mimeType: string; extension: string }> = {
  png: { mimeType: 'image/png', extension: 'png' },
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  gif: { mimeType: 'image/gif', extension: 'gif' },
  'heif/av1': { mimeType: 'image/avif', extension: 'avif' },
}

const HEAD_BYTES = 4096

const readHead = async (file: File): Promise<Buffer> => {
  if (!file.tempFilePath || file.data?.length) return file.data.subarray(0, HEAD_BYTES)
  const handle = await open(file.tempFilePath)
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Markup is refused before any parser sees it: a browser may run the scripts SVG and HTML carry. */
const markupKind = (head: Buffer): 'SVG' | 'HTML' | 'XML' | undefined => {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (!text.startsWith('<')) return undefined
  if (/<svg[\s>]/i.test(text)) return 'SVG'
  if (/<(!doctype\s+html|html|head|body|script|iframe|meta)[\s>]/i.test(text)) return 'HTML'
  return 'XML'
}

/**
 * Decides what an uploaded file is from its bytes alone (the name and the declared type are the
 * client's claims): one of the accepted image formats within the pixel limit, or a PDF.
 */
export const inspectUpload = async (file: File, maxPixels: number): Promise<UploadVerdict> => {
  const head = await readHead(file)
  const markup = markupKind(head)
  if (markup) return { isAccepted: false, reason: 'markup', markup }
  // Payload checks the rest of the PDF structure itself (validatePDF).
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    return { isAccepted: true, mimeType: 'application/pdf', extension: 'pdf' }
  }

  let metadata: sharp.Metadata
  try {
    // Reading the header decodes nothing; the limit is ours to apply, below.
    metadata = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata()
  } catch {
    return { isAccepted: false, reason: 'unsupported' }
  }
  if (metadata.format === 'svg') return { isAccepted: false, reason: 'markup', markup: 'SVG' }
  const key = metadata.format === 'heif' ? `heif/${metadata.compression}` : metadata.format
  const type = IMAGE_TYPES[key]
  if (!type) return { isAccepted: false, reason: 'unsupported', format: key }

  const width = metadata.width ?? 0
  const height = metadata.pageHeight ?? metadata.height ?? 0
  const frames = metadata.pages ?? 1
  if (width * height * frames > maxPixels) {
    return { isAccepted: false, reason: 'tooManyPixels', width, height, frames }
  }
  return { isAccepted: true, ...type }
}
