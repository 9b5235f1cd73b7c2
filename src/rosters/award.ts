import type { PayloadRequest } from 'payload'

import type { Award } from '@/payload-types'

import type { RosterIssue, Translate } from './parseRoster'

export const MIN_YEAR = 1900
export const MAX_YEAR = 2100

/**
 * The award and year a roster belongs to, as the request names them; an unknown award (or an id
 * the database cannot even read as one) and a year outside the field's range are issues.
 */
export const resolveAwardAndYear = async (
  req: PayloadRequest,
  awardId: unknown,
  yearText: unknown,
  t: Translate,
): Promise<{ award: Award; year: number } | { issues: RosterIssue[] }> => {
  const issues: RosterIssue[] = []
  const year = typeof yearText === 'string' && /^\s*\d+\s*$/.test(yearText) ? Number(yearText) : NaN
  if (!(Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR)) {
    issues.push({
      row: null,
      column: 'year',
      message: t('yearInvalid', { min: MIN_YEAR, max: MAX_YEAR }),
    })
  }
  const id = typeof awardId === 'string' ? awardId.trim() : ''
  let award: Award | null = null
  if (!id) issues.push({ row: null, column: 'award', message: t('awardMissing') })
  else {
    try {
      award = await req.payload.findByID({
        collection: 'awards',
        id,
        depth: 0,
        draft: true,
        disableErrors: true,
        user: req.user,
        overrideAccess: false,
        req,
      })
    } catch {
      // PostgreSQL refuses a malformed uuid outright: for the client it is the same unknown award.
      award = null
    }
    if (!award)
      issues.push({ row: null, column: 'award', message: t('unknownAward', { award: id }) })
  }
  return award && issues.length === 0 ? { award, year } : { issues }
}
