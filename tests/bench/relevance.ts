// The search relevance set (tests/fixtures/searchRelevance.ts) measured for the benchmark's report,
// run as a child process of tests/bench/run.ts on a database of its own:
//
//   node --conditions=development --import tsx tests/bench/relevance.ts <report.json>
//
// DATABASE_URI names a fresh SQLite file. The demo content and a sample of the benchmark's content
// are written through the Local API (hooks and the search index included); each query is answered
// by the search the endpoint runs. tests/int/search-relevance.int.spec.ts asks the same over REST.
import { writeFileSync } from 'node:fs'

import { getPayload } from 'payload'

import { searchPublished } from '../../src/delivery/search/search'
import { SEARCHABLE_COLLECTIONS } from '../../src/delivery/search/sources'
import { seedDemoContent } from '../../src/seed/index'
import {
  documentKeysByTitle,
  precisionAt3,
  RELEVANCE_CASES,
  seedBenchSample,
} from '../fixtures/searchRelevance'

const main = async () => {
  const reportFile = process.argv[2]
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  await seedDemoContent(payload, { log: () => {} })
  await seedBenchSample(payload)
  const keys = await documentKeysByTitle(payload)
  const perQuery: { q: string; kind: string; precision: number }[] = []
  for (const { q, locale = 'zh', kind, relevant } of RELEVANCE_CASES) {
    const { hits } = await searchPublished(payload, {
      q,
      locale,
      collections: [...SEARCHABLE_COLLECTIONS],
      limit: 10,
      page: 1,
    })
    const relevantKeys = relevant.map(({ collection, title }) => {
      const key = keys.get(`${collection}/${title}`)
      if (!key) throw new Error(`relevance set: no ${collection} titled ${title}`)
      return key
    })
    const hitKeys = hits.map((hit) => `${hit.collection}/${hit.id}`)
    perQuery.push({ q, kind, precision: precisionAt3(hitKeys, relevantKeys) })
  }
  await payload.destroy()
  const mean = perQuery.reduce((sum, { precision }) => sum + precision, 0) / perQuery.length
  writeFileSync(
    reportFile,
    JSON.stringify({
      precisionAt3: Math.round(mean * 1000) / 1000,
      queries: perQuery.length,
      missed: perQuery.filter(({ precision }) => precision < 1),
    }),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
