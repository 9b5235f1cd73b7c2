import type { Endpoint } from 'payload'

import { errorResponse } from '@/http/errorAnswer'

import { parseSearchParams } from './params'
import { searchPublished } from './search'

/**
 * `GET /api/search?q=&collections=&locale=&limit=`: published documents of the content
 * collections matching every word of `q` (Chinese words, pinyin, initials, other words), best
 * first, with highlighted snippets. Public: only published text is ever indexed.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const localization = req.payload.config.localization
    const parsed = parseSearchParams(req.searchParams, {
      locales: localization ? localization.localeCodes : ['zh'],
      defaultLocale: localization ? localization.defaultLocale : 'zh',
    })
    if ('error' in parsed) {
      return errorResponse(400, parsed.error)
    }
    const { params } = parsed
    const hits = await searchPublished(req.payload, params, req)
    return Response.json({ ...params, hits })
  },
}
