import autocannon from 'autocannon'

import type { BenchSize } from './dataSet'
import { SEARCH_WORD } from './dataSet'
import { peakRssMb, rssMb, settle } from './measure'
import { editForPublish, loginEditors } from './publishToVisible'
import { anonymouslyListed, releaseForPublish } from './writes'

/** Readers at once, as on a news day. */
export const MIXED_CONNECTIONS = 50
/** One workflow publish this often while readers read. */
export const PUBLISH_EVERY_MS = 5_000

/** The readers' answers measured after each publish: sent within this long after its answer. */
export const AFTER_PUBLISH_MS = 2_000
/** The recipients of the one release published while readers read (an award roster). */
export const RELEASE_ITEMS = 240

/**
 * What browsers and apps send: every answer gzip-encoded (the cache keeps that form ready), in
 * Chinese. The warm-up sends the same: Accept-Language is part of the cache's key (and `fetch`
 * would otherwise send its own `*`).
 */
const READER_HEADERS = { 'accept-encoding': 'gzip', 'accept-language': 'zh-CN,zh;q=0.9' }

/** One answer a reader got: when its request left (ms since the run began), how long it took. */
type Answer = { sentAt: number; ms: number; status: number; isHit: boolean }

/** The answers to requests sent in one window of the run, as the whole run's are summarised. */
export type WindowFigures = {
  requests: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** Non-2xx answers, and requests that failed or timed out, sent in the window. */
  errors: number
  memoryShare: number
}

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
}

/**
 * The server's memory along the mixed workload (MB): resident at rest and after the warm-up, and
 * its high-water mark after the quiet readers, after the release's roster import, and at the end.
 */
export type MixedMemory = {
  atRestMb: null | number
  afterWarmUpMb: null | number
  quietPeakMb: null | number
  importPeakMb: null | number
  publishingPeakMb: null | number
}

/** One editor's publish during the run, and the readers' answers in the window after it. */
export type Publish = {
  kind: 'article' | 'release'
  /** What was published: the article's slug, or the release's item count. */
  what: string
  /** When the publish was due and when it was sent, seconds since the readers began. */
  dueAtS: number
  sentAtS: number
  /** The draft edit, submit and approvals before it (for the release: the import too). */
  prepareMs: number
  /** The `publish` request until its answer. */
  answerMs: number
  /** The preparation and the publish together: over PUBLISH_EVERY_MS is an overrun. */
  cycleMs: number
  /** Readers' requests sent within AFTER_PUBLISH_MS of the publish's answer. */
  after: WindowFigures
}

export type PublishingRun = MixedRun & {
  publishes: Publish[]
  /** The articles' windows together: p99 and memory share over every request sent in any of them. */
  afterPublish: WindowFigures
  /** The release's window alone. */
  afterRelease: null | WindowFigures
  /** Article publish cycles (prepare and publish) that took longer than PUBLISH_EVERY_MS. */
  overruns: number
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
 * languages, article slugs, event lists by type and event slugs, bases by level and by slug,
 * searches, award recipients' lists and the stats. Slugs of events and bases are read from the server (they are pinyin of the titles).
 */
export const publicUrls = async (origin: string, size: BenchSize): Promise<string[]> => {
  const articlePages = Math.min(40, Math.ceil(size.articles / 10))
  const eventTypes = ['forum', 'annual-meeting', 'competition', 'campaign', 'training']
  const baseLevels = ['national', 'provincial', 'municipal', 'community', 'campus']
  const words = [SEARCH_WORD, '科技', '科普', '创新', '新闻', '活动']
  const eventSlugs = await slugsOf(origin, 'events', 70)
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
    ...range(8).map((page) => `/api/award-recipients?limit=10&locale=zh&page=${page}`),
    '/api/stats?locale=zh',
    '/api/stats?locale=en',
  ]
}

const percentile = (sorted: number[], share: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())))

/** The figures of the answers to requests sent in [from, to) ms since the run began. */
export const windowFigures = (
  answers: Answer[],
  failures: number[],
  from: number,
  to: number,
): WindowFigures => {
  const inWindow = answers.filter(({ sentAt }) => sentAt >= from && sentAt < to)
  const sorted = inWindow.map(({ ms }) => ms).sort((a, b) => a - b)
  const failed = failures.filter((at) => at >= from && at < to).length
  return {
    requests: inWindow.length,
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
    errors: inWindow.filter(({ status }) => status < 200 || status >= 300).length + failed,
    memoryShare:
      inWindow.length > 0
        ? round(inWindow.filter(({ isHit }) => isHit).length / inWindow.length, 3)
        : 0,
  }
}

/**
 * 50 readers, each request a URL drawn at random from `urls`, for `seconds` and, when `stopWhen`
 * is given, until it has settled too (a publish late under load still gets its window of
 * readers; `seconds` in the result is then the time they read). Besides autocannon's
 * summary, every answer is kept with the time its request left, its latency and whether the
 * cache answered it from memory, for the windows after each publish.
 */
const read = (
  origin: string,
  urls: () => string,
  seconds: number,
  began = performance.now(),
  stopWhen?: Promise<unknown>,
) =>
  new Promise<MixedRun & { answers: Answer[]; failures: number[] }>((resolve, reject) => {
    const answers: Answer[] = []
    const failures: number[] = []
    // `onResponse` (the headers) and the instance's `response` event (the latency) come one
    // after the other for each answer, in the same tick.
    let lastStatus = 0
    let lastHit = false
    const instance = autocannon(
      {
        url: origin,
        connections: MIXED_CONNECTIONS,
        pipelining: 1,
        // Stopped below when there is more to wait for than the time.
        duration: stopWhen ? 3_600 : seconds,
        headers: READER_HEADERS,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: urls() }),
            onResponse: (status, _body, _context, headers) => {
              lastStatus = status
              // autocannon keeps the header names as the server wrote them (`X-Cache`).
              lastHit =
                Object.entries((headers ?? {}) as Record<string, string>).find(
                  ([name]) => name.toLowerCase() === 'x-cache',
                )?.[1] === 'HIT'
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error as Error)
        resolve({
          seconds: round((performance.now() - began) / 1000),
          reqPerSec: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          maxMs: result.latency.max,
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          memoryShare:
            answers.length > 0
              ? round(answers.filter(({ isHit }) => isHit).length / answers.length, 3)
              : 0,
          answers,
          failures,
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, ms) => {
      answers.push({
        sentAt: performance.now() - began - ms,
        ms,
        status: lastStatus,
        isHit: lastHit,
      })
    })
    instance.on('reqError', () => failures.push(performance.now() - began))
    if (stopWhen) {
      void Promise.allSettled([sleepUntil(began + seconds * 1000), stopWhen]).then(() =>
        instance.stop(),
      )
    }
  })

const summary = ({
  answers: _answers,
  failures: _failures,
  ...run
}: Awaited<ReturnType<typeof read>>) => run

/**
 * The mixed workload on one server: a warm-up over every URL, readers over the URLs with nothing
 * published, then the same readers while editors publish through the workflow on a timer: an edit
 * of a live article (one of the slugs readers ask for: draft edit, submit, two approvals) made
 * ready and published every PUBLISH_EVERY_MS, and once, halfway between two of those, a
 * RELEASE_ITEMS-item release of an award roster (imported, submitted and approved before the
 * readers begin). The editors' steps run beside the readers; a cycle that takes longer than
 * PUBLISH_EVERY_MS delays the next publish and is counted as an overrun. Afterwards an anonymous
 * reader must see the release's items and the last article's new title.
 */
export const benchMixed = async (
  origin: string,
  pid: number,
  size: BenchSize,
  seconds: number,
  log: (line: string) => void,
): Promise<{
  urls: number
  quiet: MixedRun
  publishing: PublishingRun
  memory: MixedMemory
}> => {
  const atRestMb = rssMb(pid)
  const urls = await publicUrls(origin, size)
  const pick = () => urls[Math.floor(Math.random() * urls.length)]!
  for (const url of urls) await fetch(`${origin}${url}`, { headers: READER_HEADERS })
  await settle(origin)
  const afterWarmUpMb = rssMb(pid)
  const quiet = summary(await read(origin, pick, seconds))
  const quietPeakMb = peakRssMb(pid)

  const editors = await loginEditors(origin)
  const releaseStarted = performance.now()
  const release = await releaseForPublish(origin, RELEASE_ITEMS, '青岛市科技进步奖（混合负载）')
  const releasePrepareMs = round(performance.now() - releaseStarted)
  const importPeakMb = peakRssMb(pid)
  await settle(origin)

  const began = performance.now()
  const lastWindowEnds = seconds * 1000 - AFTER_PUBLISH_MS
  // Halfway between two article publishes, near the middle of the run.
  const releaseDue = Math.floor(seconds / 10) * PUBLISH_EVERY_MS + PUBLISH_EVERY_MS / 2
  type Sent = Omit<Publish, 'after'> & { answeredAt: number }
  const sent: Sent[] = []
  const published = async (
    kind: Publish['kind'],
    what: string,
    due: number,
    prepareMs: number,
    publish: () => Promise<unknown>,
  ) => {
    await sleepUntil(began + due)
    const sentAt = performance.now()
    await publish()
    const answeredAt = performance.now() - began
    const entry = {
      kind,
      what,
      dueAtS: due / 1000,
      sentAtS: round((sentAt - began) / 1000, 2),
      prepareMs,
      answerMs: round(answeredAt - (sentAt - began)),
      cycleMs: round(prepareMs + answeredAt - (sentAt - began)),
      answeredAt,
    }
    sent.push(entry)
    return entry
  }
  let lastTitle = ''
  let lastSlug = ''
  const articles = (async () => {
    const live = Math.min(200, size.articles) - size.drafts
    for (let n = 0; (n + 1) * PUBLISH_EVERY_MS <= lastWindowEnds; n += 1) {
      const due = (n + 1) * PUBLISH_EVERY_MS
      const started = performance.now()
      // Live articles without a pending draft, and among the slugs readers ask for.
      const slug = `bench-article-${size.drafts + 1 + (n % live)}`
      let title = ''
      const { publish } = await editForPublish(origin, editors, slug, (before) => {
        title = `${before.replace(/（更新\d+）$/, '')}（更新${n + 1}）`
        return title
      })
      const prepareMs = round(performance.now() - started)
      // A late cycle publishes at once (the readers wait for its window), the next one back on
      // the timer.
      const entry = await published('article', slug, due, prepareMs, publish)
      ;[lastSlug, lastTitle] = [slug, title]
      if (entry.cycleMs > PUBLISH_EVERY_MS) {
        log(
          `mixed: the publish cycle of ${slug} took ${entry.cycleMs} ms (edit, submit and approvals ${prepareMs} ms, publish ${entry.answerMs} ms), more than ${PUBLISH_EVERY_MS} ms`,
        )
      }
    }
  })()
  const releasePublish =
    releaseDue <= lastWindowEnds
      ? published(
          'release',
          `${RELEASE_ITEMS} items`,
          releaseDue,
          releasePrepareMs,
          release.publish,
        )
      : Promise.resolve(undefined)
  const editing = Promise.all([articles, releasePublish])
  // Until the last publish's window has passed (a failed publish stops the readers too).
  const lastWindow = editing.then(() =>
    sleepUntil(began + Math.max(0, ...sent.map(({ answeredAt }) => answeredAt)) + AFTER_PUBLISH_MS),
  )
  const [busy] = await Promise.all([read(origin, pick, seconds, began, lastWindow), editing])

  const after = (entry: Sent) =>
    windowFigures(
      busy.answers,
      busy.failures,
      entry.answeredAt,
      entry.answeredAt + AFTER_PUBLISH_MS,
    )
  const publishes = [...sent]
    .sort((a, b) => a.answeredAt - b.answeredAt)
    .map(({ answeredAt, ...entry }) => ({
      ...entry,
      after: windowFigures(busy.answers, busy.failures, answeredAt, answeredAt + AFTER_PUBLISH_MS),
    }))
  // Every article window's requests together (a request in two overlapping windows counts once).
  const articleWindows = sent.filter(({ kind }) => kind === 'article')
  const inAnyWindow = (at: number) =>
    articleWindows.some(({ answeredAt }) => at >= answeredAt && at < answeredAt + AFTER_PUBLISH_MS)
  const afterPublish = windowFigures(
    busy.answers.filter(({ sentAt }) => inAnyWindow(sentAt)),
    busy.failures.filter(inAnyWindow),
    0,
    Infinity,
  )
  const releaseSent = sent.find(({ kind }) => kind === 'release')

  // What readers see now: the release's items listed and the last article's new title.
  if (releaseSent && (await anonymouslyListed(origin, release.ids)) !== RELEASE_ITEMS)
    throw new Error("the published release's items are not all listed to readers")
  if (lastSlug) {
    const answer = await fetch(
      `${origin}/api/articles?where[slug][equals]=${lastSlug}&limit=1&depth=1&locale=zh`,
      { headers: READER_HEADERS },
    )
    const page = (await answer.json()) as { docs: { title: string }[] }
    if (page.docs[0]?.title !== lastTitle)
      throw new Error(`readers of ${lastSlug} see "${page.docs[0]?.title}", not "${lastTitle}"`)
  }
  return {
    urls: urls.length,
    quiet,
    memory: {
      atRestMb,
      afterWarmUpMb,
      quietPeakMb,
      importPeakMb,
      publishingPeakMb: peakRssMb(pid),
    },
    publishing: {
      ...summary(busy),
      publishes,
      afterPublish,
      afterRelease: releaseSent ? after(releaseSent) : null,
      overruns: articleWindows.filter(({ cycleMs }) => cycleMs > PUBLISH_EVERY_MS).length,
    },
  }
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
  return summary(await read(origin, distinct, seconds))
}
