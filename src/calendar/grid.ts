import { TZDate } from '@date-fns/tz'
import {
  addDays,
  addMonths,
  addWeeks,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isValid,
  parse,
  startOfMonth,
  startOfWeek,
} from 'date-fns'

/** The calendar's two layouts: a month of weeks, or one week. */
export const CALENDAR_VIEWS = ['month', 'week'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]

export const isCalendarView = (value: unknown): value is CalendarView =>
  (CALENDAR_VIEWS as readonly unknown[]).includes(value)

/** A day as the newsroom names it, in its own time zone: `2026-12-07`. */
export type DayKey = string

const DAY_KEY = 'yyyy-MM-dd'

// Weeks start on Monday, as Chinese calendars print them.
const WEEK = { weekStartsOn: 1 } as const

export type CalendarDay = {
  key: DayKey
  /** Outside the month shown (the first and last weeks' spill-over days). */
  isOutside: boolean
  isToday: boolean
  isPast: boolean
}

export type CalendarGrid = {
  view: CalendarView
  /** The day the view is built around (any day of the month or week shown). */
  anchor: DayKey
  /** The first moment shown and the first moment after the last day, as UTC instants. */
  from: string
  to: string
  days: CalendarDay[]
  /** Anchors of the view before and after this one. */
  previous: DayKey
  next: DayKey
}

/** The day `moment` falls on in `timeZone`. */
export const dayKeyOf = (moment: Date | string, timeZone: string): DayKey =>
  format(new TZDate(new Date(moment).getTime(), timeZone), DAY_KEY)

/** Midnight of `key` in `timeZone`; null for anything but a real `yyyy-MM-dd` day. */
export const parseDayKey = (key: unknown, timeZone: string): null | TZDate => {
  if (typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(key)) return null
  const day = parse(key, DAY_KEY, new TZDate(0, timeZone))
  return isValid(day) && format(day, DAY_KEY) === key ? day : null
}

/**
 * The days a month or week view shows around `anchor`, in `timeZone`: whole weeks from Monday, so
 * a month view is four to six rows. Its `from`/`to` bound what the calendar asks the server for.
 */
export const calendarGrid = ({
  view,
  anchor,
  timeZone,
  now = new Date(),
}: {
  view: CalendarView
  anchor: DayKey
  timeZone: string
  now?: Date
}): CalendarGrid => {
  const day = parseDayKey(anchor, timeZone) ?? parseDayKey(dayKeyOf(now, timeZone), timeZone)!
  const first = startOfWeek(view === 'month' ? startOfMonth(day) : day, WEEK)
  const last = endOfWeek(view === 'month' ? endOfMonth(day) : day, WEEK)
  const today = dayKeyOf(now, timeZone)
  const month = format(day, 'yyyy-MM')
  const step = view === 'month' ? addMonths : addWeeks
  const dates = eachDayOfInterval({ start: first, end: last })
  return {
    view,
    anchor: format(day, DAY_KEY),
    from: new Date(first.getTime()).toISOString(),
    to: new Date(addDays(first, dates.length).getTime()).toISOString(),
    days: dates.map((date) => {
      const key = format(date, DAY_KEY)
      return {
        key,
        isOutside: view === 'month' && format(date, 'yyyy-MM') !== month,
        isToday: key === today,
        isPast: key < today,
      }
    }),
    previous: format(step(day, -1), DAY_KEY),
    next: format(step(day, 1), DAY_KEY),
  }
}

/**
 * `moment` moved to another day at the same wall-clock time in `timeZone`: where a scheduled
 * publication lands when it is dragged to `day`.
 */
export const sameTimeOn = (moment: string, day: DayKey, timeZone: string): null | string => {
  const target = parseDayKey(day, timeZone)
  if (!target) return null
  const time = new TZDate(new Date(moment).getTime(), timeZone)
  target.setHours(time.getHours(), time.getMinutes(), time.getSeconds(), time.getMilliseconds())
  return new Date(target.getTime()).toISOString()
}
