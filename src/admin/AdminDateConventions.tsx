'use client'
import { enUS } from 'date-fns/locale/en-US'
import type { ReactNode } from 'react'
import React, { createContext, use } from 'react'

import { DEFAULT_ADMIN_TIME_ZONE, ENGLISH_LONG_DATE } from './dates'

const TimeZoneContext = createContext<string>(DEFAULT_ADMIN_TIME_ZONE)

/** The time zone the admin shows dates in (`ADMIN_TIME_ZONE`), for our own views. */
export const useAdminTimeZone = (): string => use(TimeZoneContext)

type DateFormats = { date: (options: { width?: string }) => string }

let appliedZone: null | string = null

/**
 * The formatters made so far, by their arguments. Making one costs a fraction of a millisecond,
 * and Payload's date field makes one on every render (`Intl.DateTimeFormat().resolvedOptions()`
 * for the browser's zone): an array of dated rows re-renders them hundreds of times as its form
 * mounts (docs/performance.md, the admin's pages). A formatter never changes once made, so one
 * made with the same arguments is handed out again.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

/** The cache key of a formatter's arguments; null for locales given as `Intl.Locale` objects. */
const formatterKey = (
  locales: Intl.LocalesArgument,
  options: Intl.DateTimeFormatOptions | undefined,
): null | string => {
  const tags = Array.isArray(locales) ? locales : [locales]
  if (!tags.every((tag) => tag === undefined || typeof tag === 'string')) return null
  return JSON.stringify([locales ?? null, options ?? null])
}

/**
 * Makes Payload's own views (document header, list cells, version lists, date pickers' text) show
 * dates as ours do. Payload formats every date with one date-fns pattern (`admin.dateFormat`, a
 * field's `displayFormat`) through a `TZDate` made without a zone, which reads the zone Intl
 * reports as the default. So, in the admin page only:
 * - the English long date (`PPP`) is made ISO-like, so `PPP HH:mm` reads `2026-12-06 18:37` in
 *   English and still `2026年12月6日 18:37` in Chinese (the locale object Payload loads);
 * - `Intl.DateTimeFormat` made without a `timeZone` uses ADMIN_TIME_ZONE instead of the browser's
 *   (a formatter given a zone keeps it). Native `Date` getters are untouched: date pickers still
 *   take typed times in the browser's zone (docs/configuration.md).
 * Applied once, before any date is drawn: the provider wraps the whole admin, and Payload draws
 * dates only after its date-fns locale has loaded in the browser, never on the server.
 */
export const applyDateConventions = (timeZone: string): void => {
  if (appliedZone !== null) return
  appliedZone = timeZone
  const formats = enUS.formatLong as unknown as DateFormats
  const dateFormat = formats.date
  formats.date = (options) => (options.width === 'long' ? ENGLISH_LONG_DATE : dateFormat(options))

  const BrowserDateTimeFormat = Intl.DateTimeFormat
  const InZone = function DateTimeFormat(
    locales?: Intl.LocalesArgument,
    options?: Intl.DateTimeFormatOptions,
  ) {
    const inZone = options?.timeZone ? options : { ...options, timeZone: appliedZone ?? undefined }
    const key = formatterKey(locales, inZone)
    const made = key === null ? undefined : formatters.get(key)
    if (made) return made
    const formatter = new BrowserDateTimeFormat(locales, inZone)
    if (key !== null) formatters.set(key, formatter)
    return formatter
  } as unknown as typeof Intl.DateTimeFormat
  Object.defineProperties(InZone, {
    prototype: { value: BrowserDateTimeFormat.prototype },
    supportedLocalesOf: { value: BrowserDateTimeFormat.supportedLocalesOf },
  })
  Intl.DateTimeFormat = InZone
}

export const AdminDateConventions = ({
  children,
  timeZone = DEFAULT_ADMIN_TIME_ZONE,
}: {
  children?: ReactNode
  timeZone?: string
}) => {
  if (typeof window !== 'undefined') applyDateConventions(timeZone)
  return <TimeZoneContext value={timeZone}>{children}</TimeZoneContext>
}
