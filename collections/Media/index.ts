import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { maxImagePixels } from '@/media/sharp'
import { noteCreatedMedia } from '@/media/objectStoreErrors'
import { mediaDir, rememberMediaWrites } from '@/media/storageFull'

import { verifyUploadContent } from './hooks/verifyUploadContent'
import { imageSizes, uploadFieldLabels, webp } from './uploadFields'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { zh: '媒体文件', en: 'Media' },
    plural: { zh: '媒体库', en: 'Media' },
  },
  admin: {
    group: { zh: '内容', en: 'Content' },
    useAsTitle: 'filename',
    // Said before the upload: images are stored as WebP (re-encoding also drops whatever a file
    // carries besides its pixels: scripts appended to a PNG, location data in a photo).
    description: {
      zh: '图片上传后统一转换为 WebP 格式保存（如 lecture.png 保存为 lecture.webp），并生成各尺寸缩略图；PDF 按原样保存。',
      en: 'Images are stored as WebP after upload (lecture.png is saved as lecture.webp), with every size made from it; PDFs are kept as they are.',
    },
  },
  access: {
    create: isStaff,
    // Media is public: published pages embed it, and file URLs are shared.
    read: anyone,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [verifyUploadContent({ maxPixels: maxImagePixels() })],
    // With the root afterError hook mediaStorageFullAsInsufficientStorage: a full disk leaves nothing.
    beforeChange: [rememberMediaWrites(mediaDir())],
    // With objectStoreErrorsAsAnswers: an upload the object store refuses leaves no row behind.
    afterChange: [noteCreatedMedia],
  },
  // https://payloadcms.com/docs/upload/overview
  upload: {
    staticDir: mediaDir(),
    // Payload checks these again from the bytes (checkFileRestrictions); the hook decides first.
    mimeTypes: [
      'image/png',
      'image/jpeg',
      'image/webp',
      'image/gif',
      'image/avif',
      'application/pdf',
    ],
    focalPoint: true,
    formatOptions: webp,
    imageSizes,
    adminThumbnail: 'thumbnail',
    // Payload derives Content-Type from the stored bytes; nosniff stops a browser guessing
    // otherwise, also where no express/helmet sits in front of the route handlers.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字', en: 'Alt text' },
      required: true,
      localized: true,
    },
    ...uploadFieldLabels(),
  ],
}
