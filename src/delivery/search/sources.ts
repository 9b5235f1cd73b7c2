import type { CollectionSlug } from 'payload'

/** The content collections readers search: the six workflow collections (ARCHITECTURE.md). */
export const SEARCHABLE_COLLECTIONS = [
  'articles',
  'events',
  'science-education-bases',
  'volunteer-teams',
  'awards',
  'award-recipients',
] as const satisfies CollectionSlug[]

export type SearchableSlug = (typeof SEARCHABLE_COLLECTIONS)[number]

export const isSearchableSlug = (slug: string): slug is SearchableSlug =>
  (SEARCHABLE_COLLECTIONS as readonly string[]).includes(slug)

/** A text, textarea or rich text field, or one text field of every row of an array field. */
export type SourceField = string | { array: string; field: string }

/**
 * Where a collection keeps the text readers search, by rank: the title outranks the short
 * descriptive fields ("summary": an article's summary and tags, an event's series, venue and
 * organizers, a recipient's affiliation ...), which outrank the rich text body.
 */
export type SearchSource = {
  title: string
  summary: SourceField[]
  body?: string
  /** A date field ordering hits of equal score, newest first; `updatedAt` when absent. */
  sortDate?: string
}

export const SEARCH_SOURCES: Record<SearchableSlug, SearchSource> = {
  articles: {
    title: 'title',
    summary: ['summary', { array: 'tags', field: 'tag' }],
    body: 'content',
    sortDate: 'publishedAt',
  },
  events: {
    title: 'title',
    summary: [
      'series',
      'venue',
      { array: 'organizers', field: 'name' },
      { array: 'partners', field: 'name' },
    ],
    body: 'description',
    sortDate: 'startDate',
  },
  'science-education-bases': { title: 'name', summary: ['address'], body: 'description' },
  'volunteer-teams': { title: 'name', summary: ['hostOrganization'], body: 'description' },
  awards: { title: 'name', summary: ['organizer'], body: 'description' },
  'award-recipients': {
    title: 'name',
    summary: ['affiliation', 'discipline'],
    body: 'citation',
  },
}
