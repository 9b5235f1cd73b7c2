import type { CollectionSlug, GlobalSlug } from 'payload'

/** What `GET /api/stats` counts or names (awards name the recipients' groups). */
export const COUNTED_COLLECTIONS: string[] = [
  'science-education-bases',
  'volunteer-teams',
  'award-recipients',
  'awards',
  'events',
] satisfies CollectionSlug[]

export const QUOTED_GLOBALS: string[] = ['official-figures'] satisfies GlobalSlug[]
