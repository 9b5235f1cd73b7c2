// The search benchmark's timing, in a process of its own on the benchmark's database (no HTTP
// server, so no Next build and no delivery cache: every answer is computed), run by
// `npm run bench -- --only search`:
//
//   node --conditions=development --import tsx tests/bench/search.ts <report.json>
//
// Each question is asked through the function the endpoint calls, first one at a time, then ten at
// a time, for `BENCH_SEARCH_SECONDS` each after a warm-up.
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

import { getPayload } from 'payload'

import { searchPublished } from '../../src/delivery/search/search'
import { SEARCHABLE_COLLECTIONS } from '../../src/delivery/search/sources'

export type SearchTiming = { connections: number; p50Ms: number; p99Ms: number; reqPerSec: number }

const main = async () => {
  const reportFile = process.argv[2]
  const questions = JSON.parse(process.env.BENCH_SEARCH_QUESTIONS ?? '{}') as Record<string, string>
  const seconds = Number(process.env.BENCH_SEARCH_SECONDS ?? 4)
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const ask = async (q: string) => {
    const { hits, total } = await searchPublished(payload, {
      q,
      locale: 'zh',
      collections: [...SEARCHABLE_COLLECTIONS],
      limit: 10,
      page: 1,
    })
    return { hits: hits.length, total }
  }
  const time = async (q: string, connections: number): Promise<SearchTiming> => {
    const latencies: number[] = []
    const until = performance.now() + seconds * 1000
    const started = performance.now()
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const at = performance.now()
          await ask(q)
          latencies.push(performance.now() - at)
        }
      }),
    )
    const elapsed = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    const at = (share: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]
    const round = (value: number) => Math.round(value * 100) / 100
    return {
      connections,
      p50Ms: round(at(0.5)),
      p99Ms: round(at(0.99)),
      reqPerSec: round(latencies.length / elapsed),
    }
  }
  const results: Record<
    string,
    { answer: { hits: number; total: number }; timings: SearchTiming[] }
  > = {}
  for (const [question, q] of Object.entries(questions)) {
    const answer = await ask(q)
    // Warm-up: compiled statements, pinyin tables, the page cache.
    for (let n = 0; n < 20; n++) await ask(q)
    results[question] = { answer, timings: [await time(q, 1), await time(q, 10)] }
    console.log(`[bench search] ${question} ${q}: ${JSON.stringify(results[question])}`)
  }
  await payload.destroy()
  writeFileSync(reportFile, JSON.stringify(results))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
