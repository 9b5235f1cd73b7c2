import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '@/http/errorAnswer'

import { parseSearchParams, parseSuggestParams } from './params'
import { searchPublished } from './search'
import { SEARCHABLE_COLLECTIONS } from './sources'
import { suggestTitles } from './suggest'

const localesOf = (req: PayloadRequest) => {
  const localization = req.payload.config.localization
  return {
    locales: localization ? localization.localeCodes : ['zh'],
    defaultLocale: localization ? localization.defaultLocale : 'zh',
  }
}

/**
 * `GET /api/search?q=&collections=&locale=&limit=&page=&from=&to=`: published documents of the
 * content collections matching every word of `q` (Chinese words, pinyin, initials, other words),
 * best first, one page of them with highlighted snippets, the total and the counts per
 * collection. Public: only published text is ever indexed.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  // Its answers show only the searchable collections' documents (the delivery cache keeps them
  // through other collections' changes).
  custom: { deliveryCacheReads: () => [...SEARCHABLE_COLLECTIONS] },
  handler: async (req) => {
    const parsed = parseSearchParams(req.searchParams, localesOf(req))
    if ('error' in parsed) return errorResponse(400, parsed.error)
    const { params } = parsed
    const { hits, total, facets } = await searchPublished(req.payload, params)
    return Response.json({
      ...params,
      total,
      totalPages: Math.ceil(total / params.limit),
      facets,
      hits,
    })
  },
}

/**
 * `GET /api/search/suggest?q=&collections=&locale=&limit=`: titles for the search box as the
 * reader types, by the start of a word of the title as written, in pinyin or in initials.
 */
export const suggestEndpoint: Endpoint = {
  path: '/search/suggest',
  method: 'get',
  custom: { deliveryCacheReads: () => [...SEARCHABLE_COLLECTIONS] },
  handler: async (req) => {
    const parsed = parseSuggestParams(req.searchParams, localesOf(req))
    if ('error' in parsed) return errorResponse(400, parsed.error)
    const { params } = parsed
    const suggestions = await suggestTitles(req.payload, params)
    return Response.json({ ...params, suggestions })
  },
}
