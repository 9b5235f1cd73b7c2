import type { Endpoint, TypedLocale } from 'payload'

import { errorResponse } from '@/http/errorAnswer'

import { cachedStats } from './cache'
import { COUNTED_COLLECTIONS, QUOTED_GLOBALS } from './counted'
import { computeStats } from './computeStats'

/**
 * `GET /api/stats?locale=`: live counts of published content beside the association's official
 * figures. Public; computed once and kept in memory until content changes. Plain JSON: the
 * express layer adds HTTP caching.
 */
export const statsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  // What it counts and quotes: the delivery cache keeps its answers through other changes.
  custom: {
    deliveryCacheReads: () => [
      ...COUNTED_COLLECTIONS,
      ...QUOTED_GLOBALS.map((slug) => `globals:${slug}`),
    ],
  },
  handler: async (req) => {
    const localization = req.payload.config.localization
    const locales = localization ? localization.localeCodes : ['zh']
    const locale =
      req.searchParams.get('locale') || (localization ? localization.defaultLocale : 'zh')
    if (!locales.includes(locale)) {
      return errorResponse(400, `locale must be one of ${locales.join(', ')}`)
    }
    const stats = await cachedStats(locale, () => computeStats(req.payload, locale as TypedLocale))
    return Response.json(stats)
  },
}
