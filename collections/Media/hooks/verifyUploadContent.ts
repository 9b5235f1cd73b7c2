import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { inspectUpload } from '@/media/inspectUpload'
import type { UploadVerdict } from '@/media/inspectUpload'

type Refusal = Exclude<UploadVerdict, { isAccepted: true }>

// Kept beside the hook while src/i18n/translations.ts is being reworked; candidates to move there.
const refusalMessage = (refusal: Refusal, maxPixels: number, isEnglish: boolean): string => {
  const accepted = isEnglish
    ? 'upload a PNG, JPEG, WebP, GIF or AVIF image or a PDF'
    : '只接受 PNG、JPEG、WebP、GIF、AVIF 图片或 PDF'
  switch (refusal.reason) {
    case 'markup':
      return isEnglish
        ? `The file's content is ${refusal.markup}, which is not accepted: ${accepted}`
        : `文件内容是 ${refusal.markup}，不允许上传：${accepted}`
    case 'unsupported': {
      const found = refusal.format ? ` (${refusal.format})` : ''
      return isEnglish
        ? `The file's content is not an accepted type${found}: ${accepted}`
        : `无法识别为允许的文件类型${found}：${accepted}`
    }
    case 'tooManyPixels': {
      const frames = refusal.frames > 1 ? ` × ${refusal.frames}` : ''
      const size = `${refusal.width} × ${refusal.height}${frames}`
      const limit = maxPixels / 1_000_000
      return isEnglish
        ? `The image is ${size} pixels, over the limit of ${limit} megapixels`
        : `图片为 ${size} 像素，超过 ${limit} 百万像素的上限`
    }
  }
}

/**
 * Decides by content, before Payload hands the file to sharp: Payload's own check
 * (uploads/checkFileRestrictions) falls back to the file name when it cannot recognise the
 * bytes, and has no pixel limit, so a small PNG declaring a huge canvas would be decoded.
 * Runs for REST, GraphQL and Local API uploads alike; remote (server-fetched) files never reach
 * here and rely on Payload's check and the pixel limit in `sharpWithPixelLimit`.
 */
export const verifyUploadContent =
  ({ maxPixels }: { maxPixels: number }): CollectionBeforeOperationHook<'media'> =>
  async ({ args, operation, req }) => {
    const { file } = req
    if (operation !== 'create' && operation !== 'update') return args
    // Payload's create moves a remote `url` out of `args.data` before this hook; the request still has it.
    const data = (req.data ?? args.data) as { url?: unknown } | undefined
    const isRemote =
      operation === 'create' &&
      typeof data?.url === 'string' &&
      !data.url.startsWith('/') &&
      !data.url.startsWith(`${req.payload.config.serverURL}/`)
    if (!file && !args.overrideAccess && isRemote) {
      // Payload would fetch `url` server-side (an SSRF vector, and the bytes would skip this
      // inspection). The admin UI's "paste URL" fetches in the browser and uploads the file.
      const message =
        req.i18n?.language === 'en'
          ? 'Upload the file itself; the CMS does not fetch files from URLs'
          : '请直接上传文件；系统不会从网址下载文件'
      throw new ValidationError({ collection: 'media', errors: [{ message, path: 'url' }] }, req.t)
    }
    if (!file) return args
    const verdict = await inspectUpload(file, maxPixels)
    if (!verdict.isAccepted) {
      const message = refusalMessage(verdict, maxPixels, req.i18n?.language === 'en')
      throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] }, req.t)
    }
    // From here on Payload sees what the bytes are, not what the client said they were.
    file.mimetype = verdict.mimeType
    if (!file.name.toLowerCase().endsWith(`.${verdict.extension}`)) {
      file.name = `${file.name.replace(/\.[^./\\]*$/, '')}.${verdict.extension}`
    }
    return args
  }
