import type { CalendarQuery, CalendarSource } from './loadCalendar'

/** The longest range one request may ask for: a month view with its spill-over weeks, and more. */
export const MAX_RANGE_DAYS = 62

export type QueryProblem =
  { reason: 'badRange' } | { reason: 'unknownCollection'; collection: string }

const instant = (value: unknown): null | string => {
  if (typeof value !== 'string' || value === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * `from`, `to` (ISO 8601 instants, `to` after `from`, at most MAX_RANGE_DAYS apart), an optional
 * `collection` among `sources` and an optional `person` (checked against the accounts by the
 * endpoint): the calendar's query, or what is wrong with it.
 */
export const parseCalendarQuery = (
  params: Record<string, unknown>,
  sources: readonly CalendarSource[],
): CalendarQuery | QueryProblem => {
  const from = instant(params.from)
  const to = instant(params.to)
  if (!from || !to) return { reason: 'badRange' }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000
  if (days <= 0 || days > MAX_RANGE_DAYS) return { reason: 'badRange' }
  const { collection, person } = params
  if (collection !== undefined && collection !== '') {
    if (!sources.includes(collection as CalendarSource)) {
      return { reason: 'unknownCollection', collection: String(collection) }
    }
  }
  return {
    from,
    to,
    ...(collection ? { collection: collection as CalendarSource } : {}),
    ...(typeof person === 'string' && person !== '' ? { person } : {}),
  }
}
