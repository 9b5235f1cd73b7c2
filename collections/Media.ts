import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { zh: '媒体文件', en: 'Media' },
    plural: { zh: '媒体库', en: 'Media' },
  },
  admin: {
    group: { zh: '内容', en: 'Content' },
    useAsTitle: 'filename',
  },
  access: {
    create: isStaff,
    read: anyone,
    update: isStaff,
    delete: isStaff,
  },
  upload: {
    staticDir: path.resolve(process.cwd(), 'media'),
    mimeTypes: [
      'image/png',
      'image/jpeg',
      'image/webp',
      'image/gif',
      'image/avif',
      'application/pdf',
    ],
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, height: 512, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1920, withoutEnlargement: true, formatOptions: { format: 'webp' } },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字', en: 'Alt text' },
      required: true,
      localized: true,
    },
  ],
}
