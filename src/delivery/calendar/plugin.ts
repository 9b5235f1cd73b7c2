import type { Plugin } from 'payload'

import { eventsFeedEndpoint } from './feed'

/** `GET /api/events/feed.ics`: published events as an iCalendar subscription (./feed.ts). */
export const eventsCalendarFeed = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === 'events'
      ? { ...collection, endpoints: [...(collection.endpoints || []), eventsFeedEndpoint] }
      : collection,
  ),
})
