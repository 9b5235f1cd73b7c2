import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Field } from 'payload'

/**
 * How the admin shows a moment: date-fns patterns read with the user's language, so 'PPP' is
 * `2026年12月6日` in Chinese, and the time is 24-hour. In English the admin's long date is ISO-like
 * (`2026-12-06`, see AdminDateConventions.tsx), so the same pattern reads `2026-12-06 18:37`.
 * Payload's own default (`MMMM do yyyy, h:mm a`) reads `十二月 6日 2026, 6:37 下午` in Chinese.
 */
export const DATE_TIME_FORMAT = 'PPP HH:mm'
export const DATE_FORMAT = 'PPP'
export const TIME_FORMAT = 'HH:mm'

/** The long date of the admin's English: ISO-like, as newsrooms write dates in English copy. */
export const ENGLISH_LONG_DATE = 'yyyy-MM-dd'

/** Where the newsroom is: times in the admin and in e-mails are read there unless configured. */
export const DEFAULT_ADMIN_TIME_ZONE = 'Asia/Shanghai'

/** The zone the admin shows dates in, as `adminConventions` configured it, for server components. */
export const adminTimeZoneOf = (config: { custom?: Record<string, unknown> }): string => {
  const zone = config.custom?.adminTimeZone
  return typeof zone === 'string' ? zone : DEFAULT_ADMIN_TIME_ZONE
}

/** Whether `zone` is an IANA time zone this runtime knows (`Asia/Shanghai`, `UTC`). */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.trim() === zone && zone !== ''
  } catch {
    return false
  }
}

const PATTERNS = {
  zh: { dateTime: "yyyy'年'M'月'd'日' HH:mm", date: "yyyy'年'M'月'd'日'" },
  en: { dateTime: `${ENGLISH_LONG_DATE} HH:mm`, date: ENGLISH_LONG_DATE },
} as const

/**
 * A moment as the admin and the notification e-mails show it, in `timeZone`:
 * `2026年12月6日 18:37` in Chinese, `2026-12-06 18:37` in English (any other language reads as
 * Chinese, the newsroom's first). The same text Payload's own views show with DATE_TIME_FORMAT.
 */
export const formatAdminDate = (
  date: Date | number | string,
  {
    language,
    timeZone,
    isDateOnly = false,
  }: { language: string; timeZone: string; isDateOnly?: boolean },
): string => {
  const patterns = language === 'en' ? PATTERNS.en : PATTERNS.zh
  return format(new Date(date), isDateOnly ? patterns.date : patterns.dateTime, {
    in: tz(timeZone),
  })
}

type DateField = Extract<Field, { type: 'date' }>

const displayFormatFor = (field: DateField): string | undefined => {
  switch (field.admin?.date?.pickerAppearance ?? 'dayOnly') {
    case 'dayAndTime':
      return DATE_TIME_FORMAT
    case 'dayOnly':
      return DATE_FORMAT
    case 'timeOnly':
      return TIME_FORMAT
    default:
      // Month pickers keep Payload's own month pattern.
      return undefined
  }
}

/** The fields with each date field's picker and list cell in our format (unless it sets its own). */
export const withDateFormats = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') {
      const displayFormat = field.admin?.date?.displayFormat ?? displayFormatFor(field)
      if (!displayFormat) return field
      return {
        ...field,
        admin: { ...field.admin, date: { ...field.admin?.date, displayFormat } },
      }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withDateFormats(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withDateFormats(block.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withDateFormats(field.fields) } as Field
    }
    return field
  })
