import type { Plugin } from 'payload'

import { addCollectionEndpoints } from '@/plugins/appendHooks'

import { eventsFeedEndpoint } from './feed'

/** `GET /api/events/feed.ics`: published events as an iCalendar subscription (./feed.ts). */
export const eventsCalendarFeed = (): Plugin => (config) =>
  addCollectionEndpoints(config, 'events', [eventsFeedEndpoint])
