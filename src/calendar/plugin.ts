import type { Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'

import { calendarEndpoint } from './endpoint'
import { CALENDAR_PATH } from './paths'

/** Resolved through the generated import map, like every admin component. */
const component = (file: string, name: string) => `@/calendar/admin/${file}#${name}`

/**
 * The editorial calendar (日历): `GET /api/workflow/calendar` and the admin view `/admin/calendar`
 * with its link in the navigation (docs/workflow.md#editorial-calendar). After the workflow, the
 * releases and the roster notice, whose schedules and notices it shows.
 */
export const editorialCalendar = (): Plugin => (config) => {
  const withParts = addParts(config, { endpoints: [calendarEndpoint] })
  const components = withParts.admin?.components
  return {
    ...withParts,
    admin: {
      ...withParts.admin,
      components: {
        ...components,
        afterNavLinks: [
          ...(components?.afterNavLinks ?? []),
          component('CalendarNavLink', 'CalendarNavLink'),
        ],
        views: {
          ...components?.views,
          calendar: { Component: component('CalendarView', 'CalendarView'), path: CALENDAR_PATH },
        },
      },
    },
  }
}
