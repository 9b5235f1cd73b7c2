import { redirect } from 'next/navigation'
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps, CollectionSlug } from 'payload'
import React from 'react'

import { adminTimeZoneOf } from '@/admin/dates'
import { InDefaultTemplate } from '@/admin/InDefaultTemplate'
import { refusedRoute } from '@/admin/refusedRoute'
import { kexieT } from '@/i18n/t'
import { staffNames } from '@/workflow/admin/people'
import { GLOBALS } from '@/workflow/stages'

import { calendarGrid, isCalendarView } from '../grid'
import type { CalendarSource } from '../loadCalendar'
import { calendarSources, loadCalendar } from '../loadCalendar'
import { CALENDAR_PATH } from '../paths'
import { CalendarClient } from './CalendarClient'

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/**
 * `/admin/calendar` (日历): a month (`?view=month`, the default) or week (`?view=week`) around
 * `?date=yyyy-MM-dd` in the admin's time zone, narrowed by `?collection=` and `?person=`; the data
 * is what `GET /api/workflow/calendar` answers for the same range. Wrapped in Payload's default
 * template like the review queue, and closed to visitors who may not use the admin.
 */
export const CalendarView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { req, permissions } = initPageResult
  if (!req.user || !permissions.canAccessAdmin) redirect(refusedRoute(req, CALENDAR_PATH))
  const timeZone = adminTimeZoneOf(req.payload.config)
  const view = single(searchParams?.view)
  const grid = calendarGrid({
    view: isCalendarView(view) ? view : 'month',
    anchor: single(searchParams?.date) ?? '',
    timeZone,
  })
  const sources = calendarSources().flatMap((value): { value: CalendarSource; label: string }[] => {
    if (value === GLOBALS) return [{ value, label: kexieT(req)('calendar:globals') }]
    const labels = req.payload.collections[value as CollectionSlug]?.config.labels
    return labels ? [{ value, label: getTranslation(labels.plural, req.i18n) }] : []
  })
  const requested = single(searchParams?.collection)
  const collection = sources.find(({ value }) => value === requested)?.value
  const people = await staffNames(req)
  const requestedPerson = single(searchParams?.person)
  const person = people.find(({ id }) => id === requestedPerson)?.id
  const calendar = await loadCalendar(req, { from: grid.from, to: grid.to, collection, person })
  return (
    <InDefaultTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <CalendarClient
        calendar={calendar}
        filters={{ collection: collection ?? '', person: person ?? '' }}
        grid={grid}
        people={people}
        sources={sources}
      />
    </InDefaultTemplate>
  )
}
