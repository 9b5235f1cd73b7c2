'use client'
import { useAdminTimeZone } from '@/admin/AdminDateConventions'
import { formatAdminDate } from '@/admin/dates'

import { useWorkflowText } from './useWorkflowText'

/** `2026年12月6日 18:37` / `2026-12-06 18:37` in the admin's time zone, as Payload's views show. */
export const useFormatTime = () => {
  const { i18n } = useWorkflowText()
  const timeZone = useAdminTimeZone()
  return (date: null | string | undefined) =>
    date ? formatAdminDate(date, { language: i18n.language, timeZone }) : ''
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "3 天前" / "3 days ago": how long a document has been waiting. */
export const useTimeAgo = () => {
  const { i18n } = useWorkflowText()
  const format = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' })
  return (date: null | string | undefined) => {
    if (!date) return ''
    const elapsed = new Date(date).getTime() - Date.now()
    const [unit, size] = UNITS.find(([, ms]) => Math.abs(elapsed) >= ms) ?? UNITS[UNITS.length - 1]
    return format.format(Math.round(elapsed / size), unit)
  }
}

const DURATION_UNITS: ['day' | 'hour' | 'minute', number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "3天" / "3 days": how long a document has waited since it was submitted, in its largest unit. */
export const useWaitingTime = () => {
  const { i18n } = useWorkflowText()
  return (since: null | string | undefined) => {
    if (!since) return ''
    const elapsed = Math.max(0, Date.now() - new Date(since).getTime())
    const [unit, size] =
      DURATION_UNITS.find(([, ms]) => elapsed >= ms) ?? DURATION_UNITS[DURATION_UNITS.length - 1]
    return new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
    }).format(Math.floor(elapsed / size))
  }
}
