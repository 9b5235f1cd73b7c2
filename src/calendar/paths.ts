/** The editorial calendar's admin route, below `/admin`. */
export const CALENDAR_PATH = '/calendar'

/** `GET /api/workflow/calendar`: what the calendar shows, for staff. */
export const CALENDAR_ENDPOINT_PATH = '/workflow/calendar'
