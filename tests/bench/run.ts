// `npm run bench`: read-API benchmarks of the production server against the raw-database floor
// and against plain Payload (our delivery cache off). See docs/performance.md.
//
//   npm run bench                       the recorded run: docs/benchmarks/<date>.json
//   npm run bench -- --quick            small data set, short runs, written to a scratch file
//   npm run bench -- --skip-growth      without the growth to 50k articles
//   npm run bench -- --profile          the product servers write --cpu-prof profiles (scratch)
//   npm run bench -- --out <file.json>  where the results go
//   npm run bench -- --only compliance  only the compliance matcher (in process, no server)
//   npm run bench -- --only writes      only the roster import and release publication (small seed)
//   npm run bench -- --only search      only search, in process at 1,000 and 50,000 articles (no server;
//                                       --quick: the small seed and short runs, same sizes)
//   npm run bench -- --only mixed       only the mixed workload and the miss storm (add --quick for
//                                       the small data set and short runs)
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import { ensureNextBuild } from '../helpers/nextBuild'
import { freePort } from '../helpers/postgresCluster'
import type { ServerProcess } from '../helpers/server'
import { projectRoot, startServer } from '../helpers/server'

import type { ComplianceBench } from './compliance'
import { benchCompliance } from './compliance'
import type { BenchSize } from './dataSet'
import {
  BENCH_DRAFT_MARK,
  benchSize,
  LIST_PATH,
  SEARCH_WORD,
  searchPath,
  searchQuestions,
  SLUG_PATH,
} from './dataSet'
import { graphqlRequests } from './graphql'
import type { Request, Summary, Timing } from './measure'
import { measure, peakRssMb } from './measure'
import type { MixedMemory, MixedRun, PublishingRun, WindowFigures } from './mixed'
import {
  AFTER_PUBLISH_MS,
  benchMissStorm,
  benchMixed,
  MIXED_CONNECTIONS,
  PUBLISH_EVERY_MS,
  RELEASE_ITEMS,
} from './mixed'
import { publishToVisible } from './publishToVisible'
import type { SearchTiming } from './search'
import { cloneArticles } from './sqlite'
import type { LargeRosterBench, ReleaseBench, RosterBench } from './writes'
import { benchLargeRoster, benchRosterRelease } from './writes'

const args = process.argv.slice(2)
const isQuick = args.includes('--quick')
const isGrowthSkipped = args.includes('--skip-growth')
const isProfiled = args.includes('--profile')
const outArg = args.indexOf('--out')
const onlyArg = args.indexOf('--only')
const only = onlyArg >= 0 ? args[onlyArg + 1] : null
const today = new Date().toISOString().slice(0, 10)

const CONCURRENCIES = [1, 10, 50]
const WRITE_SERVERS = ['writes', 'large-roster']
/** Seconds of each mixed-workload phase and of the miss storm. */
const mixedSeconds = isQuick ? 10 : 30
const writeSizes =
  isQuick || only === 'writes' ? { rows: 240, largeRows: 1_000 } : { rows: 240, largeRows: 5_000 }
const timing: Timing = isQuick
  ? { warmupSeconds: 1, runSeconds: 2, runs: 3 }
  : { warmupSeconds: 3, runSeconds: 4, runs: 3 }

const log = (line: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`)

const runChild = (script: string, env: Record<string, string>, extraArgs: string[] = []) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', script, ...extraArgs],
      {
        cwd: projectRoot,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`)),
    )
  })

const startFloor = async (env: Record<string, string>) => {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'tests/bench/floor.ts'],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('floor ready')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the floor server exited with ${code}`)))
  })
  return { origin: `http://127.0.0.1:${port}`, child }
}

const text = async (origin: string, request: Request) => {
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method ?? 'GET',
    body: request.body,
    headers: request.body ? { 'content-type': 'application/json' } : {},
  })
  if (!response.ok) throw new Error(`${request.path} answered ${response.status}`)
  return response.text()
}

type Scenario = { level: string; question: string; request: Request }
type Result = Scenario & { server: string; summaries: Summary[] }

const sameAnswers = async (origin: string, expected: { list: string; slug: string }) => {
  const parse = (body: string) => {
    const value = JSON.parse(body) as { data?: { Articles: unknown } }
    return value.data ? value.data.Articles : value
  }
  const asRest = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown
  return {
    list: isDeepStrictEqual(
      asRest(parse(await text(origin, graphqlRequests.postList))),
      parse(expected.list),
    ),
    slug: isDeepStrictEqual(
      asRest(parse(await text(origin, graphqlRequests.postSlug))),
      parse(expected.slug),
    ),
  }
}

const logCompliance = (bench: ComplianceBench) =>
  log(
    `compliance: build ${bench.rules} rules ${bench.complianceBuildMs.median} ms (median of ${bench.complianceBuildMs.runs}); ` +
      `check ${bench.articleChars} characters p50 ${bench.complianceCheckMs.p50} ms, p99 ${bench.complianceCheckMs.p99} ms (${bench.complianceCheckMs.runs} runs, ${bench.complianceCheckMs.findings} findings)`,
  )

/** `--only compliance`: the matcher alone, written to `--out` or printed. */
const complianceOnly = () => {
  const bench = benchCompliance()
  logCompliance(bench)
  const report = {
    date: today,
    machine: { loadAverage: os.loadavg(), cpus: os.cpus().length, node: process.version },
    note: process.env.BENCH_NOTE ?? null,
    ...bench,
  }
  if (outArg >= 0)
    writeFileSync(path.resolve(args[outArg + 1]), `${JSON.stringify(report, null, 2)}\n`)
  else console.log(JSON.stringify(report, null, 2))
}

/** The archive sizes search is timed at (issue 19): the recorded run's size and the grown one. */
const SEARCH_SIZES = [1_000, 50_000]

/**
 * Search alone (issue 19), timed at 1,000 and at 50,000 published articles, each size in a
 * process of its own (tests/bench/search.ts), plus the relevance set (tests/bench/relevance.ts)
 * and, at 1,000, `npm run search:reindex`'s rebuild (tests/bench/reindex.ts).
 * The bench's data set is written through the Local API (hooks, versions, the search index): the
 * full size, or with `--quick` the small one; the articles are then grown to each size by copying
 * them in SQL, in batches straight into the tables, their full-text rows included
 * (tests/bench/sqlite.ts `cloneArticles`): fifty thousand articles through Payload's operations
 * would take hours. `--quick` shortens every timing too; its figures prove the bench runs, and are
 * not the recorded ones.
 */
const searchOnly = async () => {
  const size = benchSize(isQuick)
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kexie-bench-search-'))
  const databaseUri = `file:${path.join(scratch, 'bench.db')}`
  const env = {
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: 'kexie-bench-not-secret',
    LOG_LEVEL: 'warn',
  }
  const started = Date.now()
  log(`search: relevance set; scratch ${scratch}`)
  const relevanceReport = path.join(scratch, 'relevance.json')
  await runChild(
    'tests/bench/relevance.ts',
    { ...env, DATABASE_URI: `file:${path.join(scratch, 'relevance.db')}` },
    [relevanceReport],
  )
  const relevance = JSON.parse(readFileSync(relevanceReport, 'utf8')) as { precisionAt3: number }
  log(`search: precision@3 ${relevance.precisionAt3}; seeding ${size.articles} articles`)
  const seedStarted = Date.now()
  await runChild(
    'tests/bench/seed.ts',
    { ...env, BENCH_SCRATCH: scratch, BENCH_QUICK: String(isQuick) },
    [path.join(scratch, 'seed.json')],
  )
  const seedSeconds = (Date.now() - seedStarted) / 1000
  const questions = searchQuestions(size)
  const searchEnv = {
    ...env,
    BENCH_SEARCH_QUESTIONS: JSON.stringify(questions),
    BENCH_SEARCH_SECONDS: String(timing.runSeconds),
  }
  type Timed = Record<string, { timings: SearchTiming[] }>
  const sizes: { articles: number; growSeconds: number; questions: Timed }[] = []
  type ReindexTiming = {
    total: number
    rows: number
    milliseconds: number
    cpuMilliseconds: number
  }
  let reindex: ReindexTiming | null = null
  for (const target of SEARCH_SIZES) {
    log(`search: growing to ${target} articles`)
    const growStarted = Date.now()
    const articles = await cloneArticles(target, databaseUri)
    const growSeconds = (Date.now() - growStarted) / 1000
    const file = path.join(scratch, `search-${target}.json`)
    await runChild('tests/bench/search.ts', searchEnv, [file])
    if (target === SEARCH_SIZES[0]) {
      log(`search: reindexing ${target} articles`)
      const reindexFile = path.join(scratch, 'reindex.json')
      await runChild('tests/bench/reindex.ts', env, [reindexFile])
      reindex = JSON.parse(readFileSync(reindexFile, 'utf8')) as ReindexTiming
    }
    sizes.push({
      articles,
      growSeconds,
      questions: JSON.parse(readFileSync(file, 'utf8')) as Timed,
    })
  }
  const at = (articles: number, connections: number) =>
    sizes
      .find((timed) => timed.articles === articles)
      ?.questions.search.timings.find((timing) => timing.connections === connections)
  const report = {
    date: today,
    isQuick,
    searchP50Ms1k: at(1_000, 1)?.p50Ms,
    searchP50Ms50k: at(50_000, 1)?.p50Ms,
    searchReqPerSec1k: at(1_000, 10)?.reqPerSec,
    searchReqPerSec50k: at(50_000, 10)?.reqPerSec,
    precisionAt3: relevance.precisionAt3,
    // `npm run search:reindex` at the first size, every published document of the data set.
    searchReindexMs1k: reindex?.milliseconds,
    reindex,
    dataSet: { seeded: size, seedSeconds },
    machine: {
      loadAverage: os.loadavg(),
      cpus: os.cpus().length,
      node: process.version,
      note: process.env.BENCH_NOTE ?? null,
    },
    method: {
      tool: 'tests/bench/search.ts: the search function the endpoint calls, in process, uncached',
      growth: `${size.articles} articles seeded through the Local API, copied in SQL to each size (tests/bench/sqlite.ts)`,
      questions,
      seconds: timing.runSeconds,
      keys: 'p50 at one request at a time, requests per second at ten, the common word',
    },
    sizes,
    relevance,
    seconds: Math.round((Date.now() - started) / 1000),
  }
  for (const { articles, questions: timed } of sizes) {
    for (const [question, { timings }] of Object.entries(timed)) {
      const line = timings
        .map((t) => `c${t.connections} p50 ${t.p50Ms} ms p99 ${t.p99Ms} ms ${t.reqPerSec} req/s`)
        .join('; ')
      log(`search ${articles} articles, ${question}: ${line}`)
    }
  }
  rmSync(scratch, { recursive: true, force: true })
  const text = `${JSON.stringify(report, null, 2)}\n`
  if (outArg >= 0) writeFileSync(path.resolve(args[outArg + 1]), text)
  else console.log(text)
}

/** The writes an editor makes, each on a product server of its own (see `benchRosterRelease`). */
type WritesBench = {
  roster: RosterBench
  release: ReleaseBench
  largeRoster: LargeRosterBench
  /** Peak RSS (VmHWM) of the server the roster and release ran on, MB. */
  peakRssMb: null | number
}

const benchWrites = async (
  startProduct: (name: string, extra: Record<string, string>) => Promise<ServerProcess>,
  stopProduct: (name: string, server: ServerProcess) => Promise<null | number>,
  sizes: { rows: number; largeRows: number },
): Promise<WritesBench> => {
  // The receiver of the release's webhook listens on loopback, which deliveries refuse unless
  // allowed.
  const writes = await startProduct('writes', { WEBHOOK_ALLOW_PRIVATE: 'true' })
  log(`writes: ${sizes.rows}-row roster import and its release published`)
  const { roster, release } = await benchRosterRelease(writes.url, sizes.rows)
  log(
    `writes: roster dry run ${roster.dryRunMs} ms + import ${roster.importMs} ms; release publish to visible ${release.releasePublishMs} ms (answer ${release.publishAnswerMs} ms), ${release.webhookDeliveries} webhook deliveries`,
  )
  const peakRssMb = await stopProduct('writes', writes)
  // A server of its own, so its high-water mark is the large import's.
  const large = await startProduct('large-roster', { ROSTER_MAX_ROWS: String(sizes.largeRows) })
  log(`writes: ${sizes.largeRows}-row roster`)
  const largeRoster = await benchLargeRoster(large.url, large.child.pid ?? 0, sizes.largeRows)
  log(
    `writes: ${sizes.largeRows} rows dry run ${largeRoster.dryRunMs} ms + import ${largeRoster.importMs} ms, RSS ${largeRoster.rssBeforeMb} → ${largeRoster.rssPeakMb} MB`,
  )
  await stopProduct('large-roster', large)
  return { roster, release, largeRoster, peakRssMb }
}

/** The mixed workload and the miss storm, each on a product server of its own (cache on). */
type MixedBench = {
  urls: number
  quiet: MixedRun
  publishing: PublishingRun
  memory: MixedMemory
  missStorm: MixedRun
  peakRssMb: null | number
  missStormPeakRssMb: null | number
  /** What stops the run: errors readers got while editors published, or with nothing published. */
  failures: string[]
}

const benchMixedWorkload = async (
  startProduct: (name: string, extra: Record<string, string>) => Promise<ServerProcess>,
  stopProduct: (name: string, server: ServerProcess) => Promise<null | number>,
  size: BenchSize,
): Promise<MixedBench> => {
  // The product's default log level: a news day's server logs every request.
  const mixed = await startProduct('mixed', { LOG_LEVEL: 'info' })
  log(`mixed: ${MIXED_CONNECTIONS} gzip readers over the public URLs, ${mixedSeconds} s quiet`)
  const { urls, quiet, publishing, memory } = await benchMixed(
    mixed.url,
    mixed.child.pid ?? 0,
    size,
    mixedSeconds,
    log,
  )
  const describe = (run: Omit<WindowFigures, 'errors'>) =>
    `p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, max ${run.maxMs} ms, ${Math.round(run.memoryShare * 100)}% from memory`
  const logRun = (name: string, run: MixedRun) =>
    log(
      `${name}: ${Math.round(run.reqPerSec)} req/s, ${describe(run)}, ${run.errors} errors, ${run.non2xx} non-2xx`,
    )
  logRun(`mixed quiet (${urls} URLs)`, quiet)
  logRun(`mixed with ${publishing.publishes.length} publishes`, publishing)
  for (const publish of publishing.publishes) {
    log(
      `  ${publish.kind} ${publish.what} at ${publish.sentAtS} s (due ${publish.dueAtS} s; prepared in ${publish.prepareMs} ms, published in ${publish.answerMs} ms): ` +
        `next ${AFTER_PUBLISH_MS / 1000} s ${publish.after.requests} requests, ${describe(publish.after)}, ${publish.after.errors} errors`,
    )
  }
  log(`  after the article publishes together: ${describe(publishing.afterPublish)}`)
  if (publishing.overruns > 0) {
    log(`  ${publishing.overruns} article publish cycles took longer than ${PUBLISH_EVERY_MS} ms`)
  }
  log(
    `  memory: ${memory.atRestMb} MB at rest, ${memory.afterWarmUpMb} MB after the warm-up; peak ${memory.quietPeakMb} MB after the quiet readers, ${memory.importPeakMb} MB after the roster import, ${memory.publishingPeakMb} MB at the end`,
  )
  const peakRssMb = await stopProduct('mixed', mixed)
  const storm = await startProduct('miss-storm', { LOG_LEVEL: 'info' })
  const missStorm = await benchMissStorm(storm.url, mixedSeconds)
  logRun('miss storm', missStorm)
  const missStormPeakRssMb = await stopProduct('miss-storm', storm)
  log(`mixed: peak RSS ${peakRssMb} MB, miss storm ${missStormPeakRssMb} MB`)
  const failures = [
    ...(quiet.errors + quiet.non2xx > 0
      ? [`${quiet.errors + quiet.non2xx} errors with nothing published`]
      : []),
    ...(publishing.errors + publishing.non2xx > 0
      ? [`${publishing.errors + publishing.non2xx} errors while editors published`]
      : []),
  ]
  return { urls, quiet, publishing, memory, missStorm, peakRssMb, missStormPeakRssMb, failures }
}

/** The figures of the mixed workload under the names the report carries. */
const mixedFigures = ({ quiet, publishing, ...mixed }: MixedBench) => ({
  // The readers while editors publish (issue 17's workload) ...
  mixedReqPerSec: Math.round(publishing.reqPerSec),
  mixedP50Ms: publishing.p50Ms,
  mixedP99Ms: publishing.p99Ms,
  mixedMaxMs: publishing.maxMs,
  mixedErrors: publishing.errors + publishing.non2xx,
  mixedMemoryShare: publishing.memoryShare,
  mixedPublishes: publishing.publishes.length,
  mixedPublishOverruns: publishing.overruns,
  afterPublishP99Ms: publishing.afterPublish.p99Ms,
  afterPublishMaxMs: publishing.afterPublish.maxMs,
  afterPublishErrors: publishing.afterPublish.errors,
  afterPublishMemoryShare: publishing.afterPublish.memoryShare,
  afterReleaseP99Ms: publishing.afterRelease?.p99Ms ?? null,
  afterReleaseMemoryShare: publishing.afterRelease?.memoryShare ?? null,
  // ... the same readers with nothing published ...
  mixedQuietReqPerSec: Math.round(quiet.reqPerSec),
  mixedQuietP50Ms: quiet.p50Ms,
  mixedQuietP99Ms: quiet.p99Ms,
  mixedQuietMaxMs: quiet.maxMs,
  mixedQuietErrors: quiet.errors + quiet.non2xx,
  mixedQuietMemoryShare: quiet.memoryShare,
  // ... and memory.
  mixedPeakRssMb: mixed.peakRssMb,
  mixedRssAtRestMb: mixed.memory.atRestMb,
  missStormPeakRssMb: mixed.missStormPeakRssMb,
  missStormErrors: mixed.missStorm.errors + mixed.missStorm.non2xx,
})

const mixedMethod = {
  mixed: `autocannon, ${MIXED_CONNECTIONS} connections, Accept-Encoding: gzip, each request a URL drawn at random from the public URLs (article lists zh/en, article slugs, events by type and slug, bases by level and slug, searches, award recipients, stats), ${mixedSeconds} s after a warm-up over every URL; production server, LOG_LEVEL=info, cache on`,
  mixedPublish: `mixed* while editors publish through the workflow on a timer: an edit of a live article every ${PUBLISH_EVERY_MS / 1000} s (draft edit, submit and two approvals beside the readers, then publish), and once, halfway between two of those, a ${RELEASE_ITEMS}-item award roster release (imported, submitted and approved before the readers began); mixedQuiet* the same readers with nothing published`,
  mixedMemoryShare: 'answers with X-Cache: HIT / all answers',
  afterPublish: `the readers' requests sent within ${AFTER_PUBLISH_MS / 1000} s after an article publish answered (all such windows together); afterRelease* the window after the release's`,
  missStorm: `${MIXED_CONNECTIONS} connections, every request a distinct article list URL, ${mixedSeconds} s, on a fresh server`,
  mixedPeakRssMb:
    'VmHWM of the mixed-workload server at the end of its runs (and missStormPeakRssMb of the miss-storm server)',
}

const main = async () => {
  if (only === 'compliance') return complianceOnly()
  if (only === 'search') return searchOnly()
  if (only && only !== 'writes' && only !== 'mixed') {
    throw new Error(
      `--only ${only}: the parts that run alone are compliance, writes, search and mixed`,
    )
  }
  const loadAverageAtStart = os.loadavg()
  const size: BenchSize = benchSize(isQuick || only === 'writes')
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kexie-bench-'))
  const databaseUri = `file:${path.join(scratch, 'bench.db')}`
  const outFile =
    outArg >= 0
      ? path.resolve(args[outArg + 1])
      : isQuick || only
        ? path.join(scratch, 'quick.json')
        : path.join(projectRoot, 'docs', 'benchmarks', `${today}.json`)
  const started = Date.now()
  const results: Result[] = []
  const rss: Record<string, null | number> = {}
  const servers: ServerProcess[] = []
  const env = {
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: 'kexie-bench-not-secret',
    // The request log would be most of the work a cached answer costs; errors are still logged.
    LOG_LEVEL: 'warn',
    // One client IP sends everything: the per-IP limits would answer 429.
    RATE_LIMIT_READ: '0',
    RATE_LIMIT_LOGIN: '0',
  }
  const startProduct = async (name: string, extra: Record<string, string>) => {
    const profileDir = path.join(scratch, 'profiles', name)
    if (isProfiled) mkdirSync(profileDir, { recursive: true })
    const server = await startServer({
      mode: 'production',
      env: { ...env, ...extra },
      nodeArgs: isProfiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    })
    servers.push(server)
    return server
  }
  const stopProduct = async (name: string, server: ServerProcess) => {
    const peak = peakRssMb(server.child.pid ?? 0)
    // The write benchmarks' servers report their own memory: the read ratio is about reads.
    if (!WRITE_SERVERS.includes(name)) rss[name] = peak
    await server.stop()
    return peak
  }
  const run = async (
    server: string,
    origin: string,
    scenarios: Scenario[],
    levels = CONCURRENCIES,
  ) => {
    for (const scenario of scenarios) {
      log(`${server}: ${scenario.level} ${scenario.question}`)
      results.push({
        ...scenario,
        server,
        summaries: await measure(origin, scenario.request, levels, timing),
      })
    }
  }

  try {
    log(
      `load average at start ${loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')}; scratch ${scratch}`,
    )
    // In this process, before any server competes for the cores.
    const compliance = benchCompliance()
    logCompliance(compliance)
    await ensureNextBuild()
    log(
      `seeding ${size.articles} articles, ${size.events} events, ${size.bases} bases, ${size.recipients} recipients`,
    )
    log('search relevance: the demo content and a sample of the bench content, own database')
    const relevanceReport = path.join(scratch, 'relevance.json')
    await runChild(
      'tests/bench/relevance.ts',
      { ...env, DATABASE_URI: `file:${path.join(scratch, 'relevance.db')}` },
      [relevanceReport],
    )
    const relevance = JSON.parse(readFileSync(relevanceReport, 'utf8')) as {
      precisionAt3: number
    }
    log(`search relevance: precision@3 ${relevance.precisionAt3}`)
    const seedReport = path.join(scratch, 'seed.json')
    await runChild(
      'tests/bench/seed.ts',
      { ...env, BENCH_SCRATCH: scratch, BENCH_QUICK: String(isQuick || only === 'writes') },
      [seedReport],
    )
    const seeded = JSON.parse(readFileSync(seedReport, 'utf8')) as { seedSeconds: number }
    if (only === 'mixed') {
      const mixed = await benchMixedWorkload(startProduct, stopProduct, size)
      const report = {
        date: today,
        isQuick,
        ...mixedFigures(mixed),
        peakRssMb: mixed.peakRssMb,
        machine: {
          loadAverageAtStart: loadAverageAtStart.map((n) => Math.round(n * 100) / 100),
          loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
          cpus: os.cpus().length,
          node: process.version,
          note: process.env.BENCH_NOTE ?? null,
        },
        method: mixedMethod,
        dataSet: { ...size, seedSeconds: seeded.seedSeconds },
        mixed,
      }
      mkdirSync(path.dirname(outFile), { recursive: true })
      writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)
      log(`written to ${outFile}`)
      if (mixed.failures.length > 0) throw new Error(`mixed workload: ${mixed.failures.join('; ')}`)
      return
    }
    if (only === 'writes') {
      const writes = await benchWrites(startProduct, stopProduct, writeSizes)
      const report = {
        date: today,
        machine: { loadAverage: os.loadavg(), note: process.env.BENCH_NOTE ?? null },
        writes,
      }
      writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)
      log(`written to ${outFile}`)
      return
    }

    // Plain Payload: the same production server with the delivery cache off (L4, L6, L7, L8).
    const plain = await startProduct('plain', { CACHE_ENABLED: 'false' })
    const answers = {
      list: await text(plain.url, { path: LIST_PATH }),
      slug: await text(plain.url, { path: SLUG_PATH }),
    }
    const page = JSON.parse(answers.list) as { totalDocs: number }
    if (page.totalDocs !== size.articles)
      throw new Error(`${page.totalDocs} published articles listed, ${size.articles} seeded`)
    if (answers.list.includes(BENCH_DRAFT_MARK) || answers.slug.includes(BENCH_DRAFT_MARK)) {
      throw new Error('an anonymous answer shows a draft')
    }
    const answersFile = path.join(scratch, 'answers.json')
    writeFileSync(answersFile, JSON.stringify(answers))
    const graphqlSameAsRest = await sameAnswers(plain.url, answers)

    const floor = await startFloor({
      ...env,
      FLOOR_ANSWERS: answersFile,
      FLOOR_SERVER_URL: plain.url,
    })
    const l2SameAsRest = {
      list: isDeepStrictEqual(
        JSON.parse(await text(floor.origin, { path: '/l2/list' })),
        JSON.parse(answers.list),
      ),
      slug: isDeepStrictEqual(
        JSON.parse(await text(floor.origin, { path: '/l2/slug' })),
        JSON.parse(answers.slug),
      ),
    }
    log(
      `same answers: L2 ${JSON.stringify(l2SameAsRest)}, GraphQL ${JSON.stringify(graphqlSameAsRest)}`,
    )

    const search = searchPath(SEARCH_WORD)
    // Search uncached at concurrency 1 and 10, each question (the common word is also L7 above).
    const searchRuns = Object.entries(searchQuestions(size))
      .filter(([question]) => question !== 'search')
      .map(([question, q]) => ({ level: 'L7', question, request: { path: searchPath(q) } }))
    const stats = '/api/stats?locale=zh'
    await run('plain', plain.url, [
      { level: 'L4', question: 'list', request: { path: LIST_PATH } },
      { level: 'L4', question: 'slug', request: { path: SLUG_PATH } },
      { level: 'L6-post', question: 'list', request: graphqlRequests.postList },
      { level: 'L6-post', question: 'slug', request: graphqlRequests.postSlug },
      { level: 'L6-get', question: 'list', request: graphqlRequests.getList },
      { level: 'L6-get', question: 'slug', request: graphqlRequests.getSlug },
      { level: 'L7', question: 'search', request: { path: search } },
      { level: 'L8', question: 'stats', request: { path: stats } },
    ])
    await run('plain', plain.url, searchRuns, [1, 10])
    await stopProduct('plain', plain)

    // The floor runs alone: no product server competes with it for the two cores.
    await run('floor', floor.origin, [
      { level: 'L1', question: 'list', request: { path: '/l1/list' } },
      { level: 'L1', question: 'slug', request: { path: '/l1/slug' } },
      { level: 'L2', question: 'list', request: { path: '/l2/list' } },
      { level: 'L2', question: 'slug', request: { path: '/l2/slug' } },
    ])
    floor.child.kill('SIGTERM')

    const cached = await startProduct('cached', {})
    await run('cached', cached.url, [
      { level: 'L5', question: 'list', request: { path: LIST_PATH } },
      { level: 'L5', question: 'slug', request: { path: SLUG_PATH } },
      { level: 'L6-get', question: 'list', request: graphqlRequests.getList },
      { level: 'L7', question: 'search', request: { path: search } },
      { level: 'L8', question: 'stats', request: { path: stats } },
    ])
    log('publish to visible')
    const publishSlugs = [60, 61, 62, 63, 64].map((n) => `bench-article-${n}`)
    const publishMs = await publishToVisible(cached.url, publishSlugs)
    await stopProduct('cached', cached)

    const mixed = await benchMixedWorkload(startProduct, stopProduct, size)
    if (mixed.failures.length > 0) throw new Error(`mixed workload: ${mixed.failures.join('; ')}`)

    const writes = await benchWrites(startProduct, stopProduct, writeSizes)

    let growth: null | Record<string, unknown> = null
    if (!isGrowthSkipped) {
      log(`growing to ${size.growTo} published articles (SQL copies of the seeded ones)`)
      const growStarted = Date.now()
      const total = await cloneArticles(size.growTo, databaseUri)
      const cloneSeconds = (Date.now() - growStarted) / 1000
      const grown = await startProduct('grown', { CACHE_ENABLED: 'false' })
      const grownPage = JSON.parse(await text(grown.url, { path: LIST_PATH })) as {
        totalDocs: number
      }
      const before = results.length
      await run(
        'grown',
        grown.url,
        [
          { level: 'L4', question: 'list', request: { path: LIST_PATH } },
          { level: 'L4', question: 'slug', request: { path: SLUG_PATH } },
          { level: 'L7', question: 'search', request: { path: search } },
          ...searchRuns,
        ],
        [1, 10],
      )
      await stopProduct('grown', grown)
      growth = {
        articles: total,
        listedTotalDocs: grownPage.totalDocs,
        cloneSeconds,
        results: results.splice(before),
      }
    }

    const find = (
      server: string,
      level: string,
      question: string,
      connections: number,
      list = results,
    ) =>
      list
        .find((r) => r.server === server && r.level === level && r.question === question)
        ?.summaries.find((s) => s.connections === connections)
    const rps = (server: string, level: string, question = 'list') =>
      find(server, level, question, 10)?.reqPerSec.median ?? NaN
    const p50 = (server: string, level: string, question = 'list', list = results) =>
      find(server, level, question, 1, list)?.p50Ms.median ?? NaN
    const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits
    const publishSorted = [...publishMs].sort((a, b) => a - b)
    const grownResults = (growth?.results as Result[] | undefined) ?? []

    const report = {
      date: today,
      isQuick,
      // Ratios named in issue 7; throughput at concurrency 10, latency (p50) at concurrency 1.
      cachedOverL1: round(rps('cached', 'L5') / rps('floor', 'L1')),
      l2OverL4Slowdown: round(rps('floor', 'L2') / rps('plain', 'L4')),
      graphqlOverRest: round(p50('plain', 'L6-post') / p50('plain', 'L4')),
      plainPayloadSpeedup: round(rps('cached', 'L5') / rps('plain', 'L4')),
      publishToVisibleMs: publishSorted[Math.floor(publishSorted.length / 2)],
      peakRssMb: Math.max(...Object.values(rss).map((mb) => mb ?? 0)),
      ...mixedFigures(mixed),
      releasePublishMs: writes.release.releasePublishMs,
      releaseWebhookDeliveries: writes.release.webhookDeliveries,
      rosterImportMs: writes.roster.totalMs,
      largeRosterImportMs: writes.largeRoster.totalMs,
      largeRosterPeakRssMb: writes.largeRoster.rssPeakMb,
      listGrowth: growth
        ? round(p50('grown', 'L4', 'list', grownResults) / p50('plain', 'L4'))
        : null,
      // Search uncached, the common word: p50 at concurrency 1, requests per second at 10.
      searchP50Ms1k: round(p50('plain', 'L7', 'search')),
      searchP50Ms50k: growth ? round(p50('grown', 'L7', 'search', grownResults)) : null,
      searchReqPerSec1k: round(rps('plain', 'L7', 'search')),
      searchReqPerSec50k: growth
        ? round(find('grown', 'L7', 'search', 10, grownResults)?.reqPerSec.median ?? NaN)
        : null,
      precisionAt3: relevance.precisionAt3,
      complianceCheckMs: compliance.complianceCheckMs,
      complianceBuildMs: compliance.complianceBuildMs,
      machine: {
        loadAverageAtStart: loadAverageAtStart.map((n) => round(n)),
        loadAverageAtEnd: os.loadavg().map((n) => round(n)),
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
        node: process.version,
        // What the person recording knew about the machine at the time (BENCH_NOTE).
        note: process.env.BENCH_NOTE ?? null,
      },
      method: {
        tool: 'autocannon 9.0.0, no pipelining, keep-alive, no compression requested',
        timing,
        concurrencies: CONCURRENCIES,
        server:
          'production build (next build + dist/server.mjs), loopback, LOG_LEVEL=warn, rate limits off',
        questions: { list: LIST_PATH, slug: SLUG_PATH, search, stats },
        ratios: {
          cachedOverL1: 'L5 list req/s / L1 list req/s, concurrency 10',
          l2OverL4Slowdown: 'L2 list req/s / L4 list req/s, concurrency 10 (target: at most 5)',
          graphqlOverRest: 'L6 POST list p50 / L4 list p50, concurrency 1, both uncached',
          plainPayloadSpeedup: 'L5 list req/s / L4 (plain Payload) list req/s, concurrency 10',
          publishToVisibleMs:
            'median over the articles, publish response to anonymous GET showing it',
          peakRssMb: 'highest VmHWM of the product server processes',
          listGrowth: 'L4 list p50 at the grown size / at the seeded size, concurrency 1',
          searchP50Ms1k: 'L7 search (the common word), uncached, p50 at concurrency 1',
          searchP50Ms50k: 'the same at the grown size (search index grown with the clones)',
          searchReqPerSec1k: 'L7 search (the common word), uncached, req/s at concurrency 10',
          searchReqPerSec50k: 'the same at the grown size',
          precisionAt3: 'mean precision at 3 of tests/fixtures/searchRelevance.ts',
          releasePublishMs: `a release of ${writes.release.items} award recipients (made by the roster import): publish request sent to an anonymous REST list by id showing every item, on a server of its own (cache on)`,
          releaseWebhookDeliveries:
            'deliveries one registered release.published endpoint received for that publish (expected 1)',
          rosterImportMs: `POST /api/award-recipients/import of a ${writes.roster.rows}-row .xlsx: ?dryRun=true, then the import`,
          largeRosterImportMs: `the same for ${writes.largeRoster.rows} rows, on a server started for it alone`,
          largeRosterPeakRssMb:
            "that server process's highest resident set sampled every 50 ms during the import (VmHWM in writes.largeRoster)",
          complianceCheckMs: `p50 and p99 of ${compliance.complianceCheckMs.runs} checks of a ${compliance.articleChars}-character article against ${compliance.rules} rules, in process`,
          ...mixedMethod,
          complianceBuildMs: `building the matcher for ${compliance.rules} rules, median of ${compliance.complianceBuildMs.runs}`,
        },
      },
      dataSet: { ...size, seedSeconds: seeded.seedSeconds },
      sameAnswer: { l2: l2SameAsRest, graphqlPost: graphqlSameAsRest },
      publishToVisibleRunsMs: publishMs,
      writes,
      mixed,
      peakRssMbByServer: rss,
      growth,
      results,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    }
    mkdirSync(path.dirname(outFile), { recursive: true })
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)
    console.log(markdownTable(report.results, grownResults))
    log(
      `ratios ${JSON.stringify({ ...report, machine: undefined, method: undefined, dataSet: undefined, results: undefined, growth: undefined })}`,
    )
    log(`written to ${outFile}`)
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
    if (!isProfiled && !isQuick && !only) rmSync(scratch, { recursive: true, force: true })
  }
}

const markdownTable = (results: Result[], grown: Result[]) => {
  const lines = [
    '| level | question | server | conc. | req/s (median, min–max) | p50 ms | p99 ms | errors | non-2xx |',
    '| --- | --- | --- | --: | --: | --: | --: | --: | --: |',
  ]
  for (const result of [...results, ...grown]) {
    for (const s of result.summaries) {
      lines.push(
        `| ${result.level} | ${result.question} | ${result.server} | ${s.connections} | ` +
          `${Math.round(s.reqPerSec.median)} (${Math.round(s.reqPerSec.min)}–${Math.round(s.reqPerSec.max)}) | ` +
          `${s.p50Ms.median} | ${s.p99Ms.median} | ${s.errors} | ${s.non2xx} |`,
      )
    }
  }
  return lines.join('\n')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
