'use client'
import { formatDate } from '@payloadcms/ui/shared'

import { DATE_TIME_FORMAT } from '@/admin/dates'

import { useWorkflowText } from './useWorkflowText'

export const useFormatTime = () => {
  const { i18n } = useWorkflowText()
  return (date: null | string | undefined) =>
    date ? formatDate({ date, i18n, pattern: DATE_TIME_FORMAT }) : ''
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
