import autocannon from 'autocannon'

import type { BenchSize } from './dataSet'
import { SEARCH_WORD } from './dataSet'
import { settle } from './measure'
import { editForPublish, loginEditors } from './publishToVisible'

/** Readers at once, as on a news day. */
export const MIXED_CONNECTIONS = 50
/** One workflow publish this often while readers read. */
export const PUBLISH_EVERY_MS = 5_000

/** What browsers and apps send: every answer gzip-encoded (the cache keeps that form ready). */
const READER_HEADERS = { 'accept-encoding': 'gzip' }

export type MixedRun = {
  seconds: number
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  requests: number
  errors: number
  non2xx: number
  /** Share of answers the delivery cache gave from memory (`X-Cache: HIT`). */
  memoryShare: number
  /** Workflow publishes made during the run. */
  publishes: number
}

const anonymous = async <T>(origin: string, path: string): Promise<T> => {
  const response = await fetch(`${origin}${path}`)
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return (await response.json()) as T
}

const slugsOf = async (origin: string, collection: string, count: number) => {
  const slugs: string[] = []
  for (let page = 1; slugs.length < count; page += 1) {
    const answer = await anonymous<{ docs: { slug: string }[]; hasNextPage: boolean }>(
      origin,
      `/api/${collection}?limit=100&depth=0&page=${page}&select[slug]=true`,
    )
    slugs.push(...answer.docs.map(({ slug }) => slug))
    if (!answer.hasNextPage) break
  }
  return slugs.slice(0, count)
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1)

/**
 * About 500 distinct public URLs a news day's readers ask for: article list pages in both
 * languages, article slugs, event lists by type and event slugs, bases by level and by slug, and
 * searches. Slugs of events and bases are read from the server (they are pinyin of the titles).
 */
export const publicUrls = async (origin: string, size: BenchSize): Promise<string[]> => {
  const articlePages = Math.min(40, Math.ceil(size.articles / 10))
  const eventTypes = ['forum', 'annual-meeting', 'competition', 'campaign', 'training']
  const baseLevels = ['national', 'provincial', 'municipal', 'community', 'campus']
  const words = [SEARCH_WORD, '科技', '科普', '创新', '新闻', '活动']
  const eventSlugs = await slugsOf(origin, 'events', 80)
  const baseSlugs = await slugsOf(origin, 'science-education-bases', 60)
  return [
    ...range(articlePages).map((page) => `/api/articles?limit=10&depth=1&locale=zh&page=${page}`),
    ...range(Math.min(20, articlePages)).map(
      (page) => `/api/articles?limit=10&depth=1&locale=en&page=${page}`,
    ),
    ...range(Math.min(200, size.articles)).map(
      (n) => `/api/articles?where[slug][equals]=bench-article-${n}&limit=1&depth=1&locale=zh`,
    ),
    ...eventTypes.flatMap((type) =>
      range(6).map(
        (page) => `/api/events?where[type][equals]=${type}&limit=10&locale=zh&page=${page}`,
      ),
    ),
    ...range(10).map((page) => `/api/events?limit=10&sort=-startDate&locale=zh&page=${page}`),
    ...eventSlugs.map((slug) => `/api/events?where[slug][equals]=${slug}&limit=1&locale=zh`),
    ...baseLevels.flatMap((level) =>
      range(6).map(
        (page) =>
          `/api/science-education-bases?where[level][equals]=${level}&limit=10&locale=zh&page=${page}`,
      ),
    ),
    ...baseSlugs.map(
      (slug) => `/api/science-education-bases?where[slug][equals]=${slug}&limit=1&locale=zh`,
    ),
    ...words.flatMap((word) =>
      range(5).map(
        (page) => `/api/search?q=${encodeURIComponent(word)}&locale=zh&limit=10&page=${page}`,
      ),
    ),
  ]
}

/** 50 readers, each request a URL drawn at random from `urls`, for `seconds`. */
const read = async (origin: string, urls: () => string, seconds: number) => {
  let hits = 0
  let answers = 0
  const result = await autocannon({
    url: origin,
    connections: MIXED_CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    headers: READER_HEADERS,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: urls() }),
        onResponse: (_status, _body, _context, headers) => {
          answers += 1
          // autocannon keeps the header names as the server wrote them (`X-Cache`).
          const status = Object.entries((headers ?? {}) as Record<string, string>).find(
            ([name]) => name.toLowerCase() === 'x-cache',
          )?.[1]
          if (status === 'HIT') hits += 1
        },
      },
    ],
  })
  return {
    seconds,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    memoryShare: answers > 0 ? Math.round((hits / answers) * 1000) / 1000 : 0,
  }
}

/**
 * The mixed workload on one server: a warm-up over every URL, readers over the URLs with nothing
 * published, then the same readers while an editor's change to a live article is published
 * through the workflow every PUBLISH_EVERY_MS (edit, submit, two approvals, publish).
 */
export const benchMixed = async (
  origin: string,
  size: BenchSize,
  seconds: number,
): Promise<{ urls: number; quiet: MixedRun; publishing: MixedRun }> => {
  const urls = await publicUrls(origin, size)
  const pick = () => urls[Math.floor(Math.random() * urls.length)]!
  for (const url of urls) await fetch(`${origin}${url}`, { headers: READER_HEADERS })
  await settle(origin)
  const quiet = { ...(await read(origin, pick, seconds)), publishes: 0 }
  await settle(origin)

  const editors = await loginEditors(origin)
  let isReading = true
  let publishes = 0
  const publishing = (async () => {
    // Live articles without a pending draft, and among the slugs readers ask for.
    for (let n = 0; isReading; n += 1) {
      const started = Date.now()
      const slug = `bench-article-${size.drafts + 1 + (n % (Math.min(200, size.articles) - size.drafts))}`
      const { publish } = await editForPublish(
        origin,
        editors,
        slug,
        (before) => `${before.replace(/（更新\d+）$/, '')}（更新${n + 1}）`,
      )
      if (!isReading) break
      await publish()
      publishes += 1
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, PUBLISH_EVERY_MS - (Date.now() - started))),
      )
    }
  })()
  const busy = await read(origin, pick, seconds)
  isReading = false
  await publishing
  return { urls: urls.length, quiet, publishing: { ...busy, publishes } }
}

/**
 * A miss storm: 50 readers, every request a URL no one asked before (each must be computed),
 * for `seconds`. The server's peak memory under it is the figure that matters.
 */
export const benchMissStorm = async (origin: string, seconds: number) => {
  let counter = 0
  const day = 24 * 60 * 60 * 1000
  const distinct = () => {
    counter += 1
    const before = new Date(Date.UTC(2030, 0, 1) - (counter % 5000) * day).toISOString()
    return `/api/articles?limit=10&depth=1&locale=zh&page=${1 + (counter % 7)}&where[publishedAt][less_than]=${before}&n=${counter}`
  }
  return read(origin, distinct, seconds)
}
