import type { SearchParams } from './search'
import type { SearchableSlug } from './sources'
import { isSearchableSlug, SEARCHABLE_COLLECTIONS } from './sources'

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
/** Characters (not bytes) of `q`; a longer text is a document, not a query. */
export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_WORDS = 12

export type ParamsResult = { params: SearchParams } | { error: string }

/**
 * Reads `q`, `collections`, `locale` and `limit` from the query string; anything it cannot use
 * is an error with a message for the client, never silently replaced by a default.
 */
export const parseSearchParams = (
  searchParams: URLSearchParams,
  { locales, defaultLocale }: { locales: string[]; defaultLocale: string },
): ParamsResult => {
  const q = (searchParams.get('q') ?? '').trim()
  if (!q) return { error: 'q is required: the words to search for' }
  if ([...q].length > MAX_QUERY_LENGTH) {
    return { error: `q is too long: at most ${MAX_QUERY_LENGTH} characters` }
  }
  if (q.split(/\s+/).length > MAX_QUERY_WORDS) {
    return { error: `q has too many words: at most ${MAX_QUERY_WORDS}` }
  }

  const locale = searchParams.get('locale') || defaultLocale
  if (!locales.includes(locale)) {
    return { error: `locale must be one of ${locales.join(', ')}` }
  }

  const requested = (searchParams.get('collections') ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean)
  const unknown = requested.filter((slug) => !isSearchableSlug(slug))
  if (unknown.length) {
    return {
      error: `unknown collection ${unknown.join(', ')}: searchable are ${SEARCHABLE_COLLECTIONS.join(', ')}`,
    }
  }
  const collections: SearchableSlug[] = requested.length
    ? [...new Set(requested as SearchableSlug[])]
    : [...SEARCHABLE_COLLECTIONS]

  const rawLimit = searchParams.get('limit')
  const limit = rawLimit === null || rawLimit === '' ? DEFAULT_LIMIT : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1) {
    return { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` }
  }
  if (limit > MAX_LIMIT) return { error: `limit must be at most ${MAX_LIMIT}` }

  return { params: { q, locale, collections, limit } }
}
