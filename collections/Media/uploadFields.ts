import type { Field, ImageSize } from 'payload'

type Label = { zh: string; en: string }

/** Every stored image, and every size made of it, is WebP. */
export const webp = { format: 'webp', options: { quality: 82 } } as const

// Image sizes are plumbing for the delivery API: kept out of the list view's columns, filters and
// grouping (Payload's announced default for v4), where each size would add five columns.
const notInLists = { disableGroupBy: true, disableListColumn: true, disableListFilter: true }

const SIZES: (ImageSize & { label: Label })[] = [
  { name: 'thumbnail', label: { zh: '缩略图', en: 'Thumbnail' }, width: 300, height: 300 },
  { name: 'card', label: { zh: '卡片图', en: 'Card' }, width: 768, height: 512 },
  { name: 'hero', label: { zh: '头图', en: 'Hero' }, width: 1920, withoutEnlargement: true },
  { name: 'og', label: { zh: '分享图', en: 'Social preview' }, width: 1200, height: 630 },
]

/** The WebP renditions made of every uploaded image. */
export const imageSizes: ImageSize[] = SIZES.map(({ label: _label, ...size }) => ({
  ...size,
  formatOptions: webp,
  admin: notInLists,
}))

const fileLabels = (): Field[] => [
  { name: 'url', type: 'text', label: { zh: '文件网址', en: 'URL' } },
  { name: 'mimeType', type: 'text', label: { zh: '文件类型', en: 'MIME type' } },
]

/**
 * Chinese and English labels for the fields Payload adds to an upload collection, which it labels
 * in English only. Payload merges a field of the same name into its own, so these carry the
 * label and nothing else. https://payloadcms.com/docs/upload/overview
 */
export const uploadFieldLabels = (): Field[] => [
  ...fileLabels(),
  { name: 'thumbnailURL', type: 'text', label: { zh: '缩略图网址', en: 'Thumbnail URL' } },
  {
    name: 'sizes',
    type: 'group',
    label: { zh: '尺寸', en: 'Sizes' },
    fields: SIZES.map(({ name, label }) => ({
      name,
      type: 'group' as const,
      label,
      fields: fileLabels(),
    })),
  },
]
