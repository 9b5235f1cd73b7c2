import type { SearchParams } from './search'
import type { SuggestParams } from './suggest'
import { DEFAULT_SUGGESTIONS, MAX_PREFIX_LENGTH, MAX_SUGGESTIONS } from './suggest'
import type { SearchableSlug } from './sources'
import { isSearchableSlug, SEARCHABLE_COLLECTIONS } from './sources'

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
/** Characters (not bytes) of `q`; a longer text is a document, not a query. */
export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_WORDS = 12
/** Hits beyond this many are not paged to: a reader refines the query instead. */
export const MAX_DEPTH = 1000

const DAY = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A `from` or `to` parameter as an ISO instant: a day (`2026-11-01`, UTC) or an instant with its
 * offset. A day given as `to` includes that day (the bound is the next day's start).
 */
const readDate = (value: null | string, isEnd: boolean): { date?: string } | { error: string } => {
  if (value === null || value === '') return {}
  const isDay = DAY.test(value)
  const parsed = new Date(isDay ? `${value}T00:00:00Z` : value)
  if ((!isDay && !INSTANT.test(value)) || Number.isNaN(parsed.getTime())) {
    return { error: 'must be a date (2026-11-01) or an ISO date and time with its offset' }
  }
  if (isDay && isEnd) parsed.setUTCDate(parsed.getUTCDate() + 1)
  return { date: parsed.toISOString() }
}

const readWhole = (value: null | string, fallback: number): number =>
  value === null || value === '' ? fallback : Number(value)

export type ParamsResult = { params: SearchParams } | { error: string }

/**
 * Reads `q`, `collections`, `locale`, `limit`, `page`, `from` and `to` from the query string; anything it cannot use
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

  const limit = readWhole(searchParams.get('limit'), DEFAULT_LIMIT)
  if (!Number.isInteger(limit) || limit < 1) {
    return { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` }
  }
  if (limit > MAX_LIMIT) return { error: `limit must be at most ${MAX_LIMIT}` }

  const page = readWhole(searchParams.get('page'), 1)
  if (!Number.isInteger(page) || page < 1) return { error: 'page must be a whole number from 1' }
  if (page * limit > MAX_DEPTH) {
    return { error: `page * limit must be at most ${MAX_DEPTH}: refine the query instead` }
  }

  const from = readDate(searchParams.get('from'), false)
  if ('error' in from) return { error: `from ${from.error}` }
  const to = readDate(searchParams.get('to'), true)
  if ('error' in to) return { error: `to ${to.error}` }
  if (from.date && to.date && from.date >= to.date) return { error: 'from must be before to' }

  return {
    params: {
      q,
      locale,
      collections,
      limit,
      page,
      ...(from.date ? { from: from.date } : {}),
      ...(to.date ? { to: to.date } : {}),
    },
  }
}

type Locales = { locales: string[]; defaultLocale: string }

/** Reads `q`, `collections`, `locale` and `limit` of `GET /api/search/suggest`. */
export const parseSuggestParams = (
  searchParams: URLSearchParams,
  locales: Locales,
): { params: SuggestParams } | { error: string } => {
  const q = (searchParams.get('q') ?? '').trim()
  if (!q) return { error: 'q is required: what the reader has typed' }
  if ([...q].length > MAX_PREFIX_LENGTH) {
    return { error: `q is too long: at most ${MAX_PREFIX_LENGTH} characters` }
  }
  const limit = readWhole(searchParams.get('limit'), DEFAULT_SUGGESTIONS)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
    return { error: `limit must be a whole number from 1 to ${MAX_SUGGESTIONS}` }
  }
  // The rest as for a search: one parser, one set of messages.
  const rest = new URLSearchParams(searchParams)
  rest.set('q', q)
  rest.delete('limit')
  rest.delete('page')
  const parsed = parseSearchParams(rest, locales)
  if ('error' in parsed) return parsed
  const { locale, collections } = parsed.params
  return { params: { q, locale, collections, limit } }
}
