import ical from 'ical-generator'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { EVENT_TYPES } from '../../../collections/Events'
import { DISTRICTS } from '@/fields/district'
import { errorResponse } from '@/http/errorAnswer'
import type { Event } from '@/payload-types'

import { richTextToPlainText } from '../search/text/plainText'

/** Events that ended longer ago than this are left out: a subscription is about what is coming. */
const PAST_DAYS = 365
/** The most events one feed holds (the earliest first); a city association's year has a few hundred. */
const MAX_EVENTS = 500

const TYPE_VALUES = new Set<string>(EVENT_TYPES.map(({ value }) => value))

type FeedQuery = { locale: 'en' | 'zh'; types: string[]; parent: null | string }

const badRequest = (message: string) => errorResponse(400, message)

const parseQuery = (params: URLSearchParams): FeedQuery | { error: string } => {
  const locale = params.get('locale') ?? 'zh'
  if (locale !== 'zh' && locale !== 'en') return { error: 'locale must be zh or en' }
  const types = (params.get('type') ?? '').split(',').filter(Boolean)
  const unknown = types.find((type) => !TYPE_VALUES.has(type))
  if (unknown) return { error: `unknown event type "${unknown}"` }
  const parent = params.get('parent')
  if (parent !== null && !/^[\w-]{1,64}$/.test(parent))
    return { error: 'parent must be an event id' }
  return { locale, types, parent }
}

const districtLabel = (value: Event['district'], locale: 'en' | 'zh') =>
  DISTRICTS.find((district) => district.value === value)?.label[locale]

/** The text a calendar shows under the title: the description, then where to register. */
const descriptionOf = (event: Event, locale: 'en' | 'zh') =>
  [
    richTextToPlainText(event.description),
    event.registrationUrl
      ? `${locale === 'zh' ? '报名' : 'Registration'}: ${event.registrationUrl}`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n')

const whereFor = ({ types, parent }: FeedQuery, now: Date): Where => {
  const since = new Date(now.getTime() - PAST_DAYS * 24 * 60 * 60 * 1000).toISOString()
  return {
    and: [
      {
        or: [
          { endDate: { greater_than_equal: since } },
          { startDate: { greater_than_equal: since } },
        ],
      },
      ...(types.length > 0 ? [{ type: { in: types } }] : []),
      ...(parent ? [{ or: [{ id: { equals: parent } }, { parent: { equals: parent } }] }] : []),
    ],
  }
}

const hostOf = (req: PayloadRequest) => {
  try {
    return new URL(req.payload.config.serverURL).host || 'kexie-cms'
  } catch {
    return 'kexie-cms'
  }
}

/**
 * `GET /api/events/feed.ics?type=&parent=&locale=`: published events as an iCalendar feed that
 * readers subscribe to in their own calendars (Outlook, Apple, Google, 钉钉/企业微信 calendars).
 * Public, whoever asks: the feed is read with access control as an anonymous reader (`user: null`),
 * so the events' own read rule keeps it to published events. `type` filters by event type (comma-separated), `parent` gives an
 * event and its sub-sessions. Anonymous answers go through the delivery cache like any other
 * published content, so a publish shows in the feed at once.
 */
export const eventsFeedEndpoint: Endpoint = {
  path: '/feed.ics',
  method: 'get',
  handler: async (req) => {
    const query = parseQuery(req.searchParams)
    if ('error' in query) return badRequest(query.error)
    const now = new Date()
    if (query.parent) {
      const parent = await req.payload.find({
        collection: 'events',
        where: { id: { equals: query.parent } },
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user: null,
        select: { title: true },
      })
      if (parent.docs.length === 0) {
        return errorResponse(404, 'no such published event')
      }
    }
    const { docs } = await req.payload.find({
      collection: 'events',
      where: whereFor(query, now),
      sort: 'startDate',
      limit: MAX_EVENTS,
      depth: 0,
      locale: query.locale,
      fallbackLocale: 'zh',
      overrideAccess: false,
      user: null,
    })
    const host = hostOf(req)
    const calendar = ical({
      name: query.locale === 'zh' ? '科协活动' : 'Association events',
      prodId: { company: 'kexie-cms', product: 'events', language: query.locale.toUpperCase() },
      ttl: 60 * 60,
    })
    for (const event of docs) {
      const place = [event.venue, districtLabel(event.district, query.locale)].filter(Boolean)
      calendar.createEvent({
        id: `${event.id}@${host}`,
        start: new Date(event.startDate),
        end: event.endDate ? new Date(event.endDate) : null,
        summary: event.title ?? '',
        description: descriptionOf(event, query.locale) || null,
        location: place.length > 0 ? place.join(', ') : null,
        lastModified: new Date(event.updatedAt),
        stamp: new Date(event.updatedAt),
        categories: event.type ? [{ name: event.type }] : [],
      })
    }
    return new Response(calendar.toString(), {
      status: 200,
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    })
  },
}
