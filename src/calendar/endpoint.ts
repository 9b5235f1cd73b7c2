import type { Endpoint, PayloadRequest } from 'payload'

import { kexieT } from '@/i18n/t'

import { calendarSources, loadCalendar } from './loadCalendar'
import { CALENDAR_ENDPOINT_PATH } from './paths'
import { MAX_RANGE_DAYS, parseCalendarQuery } from './query'

const errorResponse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const isAccount = async (req: PayloadRequest, id: string): Promise<boolean> => {
  // Access skipped: an editor may read only their own account, yet may narrow the calendar to a
  // colleague. Only whether the account exists leaves this function.
  try {
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0
  } catch {
    // Not even the shape of an id (PostgreSQL refuses to compare it with its uuid column).
    return false
  }
}

/**
 * `GET /api/workflow/calendar?from=&to=&collection=&person=`: what the editorial calendar shows
 * between two instants, for staff (401 otherwise). 400 for a missing, reversed or too long range,
 * an unknown collection or an unknown person. Answers `{ entries, names, isTruncated }`
 * (loadCalendar.ts); docs/workflow.md#editorial-calendar.
 */
export const calendarEndpoint: Endpoint = {
  path: CALENDAR_ENDPOINT_PATH,
  method: 'get',
  handler: async (req) => {
    const t = kexieT(req)
    if (!req.user) return errorResponse(401, t('kexie:wfNotLoggedIn'))
    const query = parseCalendarQuery(req.query ?? {}, calendarSources())
    if ('reason' in query) {
      return errorResponse(
        400,
        query.reason === 'badRange'
          ? t('calendar:badRange', { max: MAX_RANGE_DAYS })
          : t('calendar:unknownCollection', { collection: query.collection }),
      )
    }
    if (query.person && !(await isAccount(req, query.person))) {
      return errorResponse(400, t('calendar:unknownPerson', { person: query.person }))
    }
    return Response.json(await loadCalendar(req, query))
  },
}
