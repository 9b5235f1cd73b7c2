import type { IncomingHttpHeaders } from 'node:http'

import { deriveFromRegistry } from '@/content/registry'
import { settings } from '@/env'

/**
 * First path segments under `/api` whose anonymous answers are published content: the registry's
 * cacheable content collections, and these.
 */
const CACHEABLE_ROOTS = new Set(['categories', 'media', 'globals', 'search', 'stats', 'graphql'])

deriveFromRegistry((entry) => {
  if (entry.isContent && entry.isCacheable) CACHEABLE_ROOTS.add(entry.slug)
})

/** Routes under a cacheable root that are about the caller or about drafts. */
const PRIVATE_SEGMENTS = new Set(['versions', 'access', 'me', 'preview'])

/** `Cache-Control` for shared answers; CACHE_MAX_AGE, CACHE_S_MAXAGE and CACHE_SWR in seconds. */
export const publicCacheControl = (): string => {
  const { CACHE_MAX_AGE, CACHE_S_MAXAGE, CACHE_SWR } = settings()
  return `public, max-age=${CACHE_MAX_AGE}, s-maxage=${CACHE_S_MAXAGE}, stale-while-revalidate=${CACHE_SWR}`
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Whether the request concerns delivered content at all (the rest is left untouched). */
export const isDeliveryRequest = (url: URL): boolean =>
  CACHEABLE_ROOTS.has(url.pathname.split('/')[2] ?? '') && url.pathname.startsWith('/api/')

/** A signed-in caller, a draft or a preview: such answers may hold what the public must not see. */
export const isPrivateRequest = (req: { headers: IncomingHttpHeaders }, url: URL): boolean =>
  Boolean(req.headers.authorization) ||
  /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '') ||
  url.searchParams.get('draft') === 'true' ||
  url.searchParams.has('preview') ||
  url.pathname.split('/').some((segment) => PRIVATE_SEGMENTS.has(segment)) ||
  // GraphQL can ask for drafts in the query itself.
  (url.pathname === '/api/graphql' && /\bdraft\b/.test(url.searchParams.get('query') ?? ''))
