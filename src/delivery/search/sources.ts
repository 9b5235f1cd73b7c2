import type { BuiltInSearchableSlug } from '@/content/registry'
import { deriveFromRegistry } from '@/content/registry'

/**
 * The content collections readers search: those the registry (src/content/registry.ts) gives a
 * search source, kept in step with collections registered later.
 */
export const SEARCHABLE_COLLECTIONS: readonly SearchableSlug[] = []

export type SearchableSlug = BuiltInSearchableSlug

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
  summary: readonly SourceField[]
  body?: string
  /** A date field ordering hits of equal score, newest first; `updatedAt` when absent. */
  sortDate?: string
}

/** Each searchable collection's source, from its registry entry. */
export const SEARCH_SOURCES = {} as Record<SearchableSlug, SearchSource>

deriveFromRegistry((entry) => {
  if (!entry.isContent || !entry.search) return
  const slug = entry.slug as SearchableSlug
  ;(SEARCHABLE_COLLECTIONS as SearchableSlug[]).push(slug)
  SEARCH_SOURCES[slug] = entry.search
})
