import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * Stamps the first publication time when the editor left it empty, so lists sorted by
 * `publishedAt` never put a published article last. An explicit date is kept.
 */
export const populatePublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published' || data.publishedAt || originalDoc?.publishedAt) return data
  return { ...data, publishedAt: new Date().toISOString() }
}
