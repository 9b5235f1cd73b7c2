// `npm run search:reindex`'s rebuild timed for the search benchmark, in a process of its own on the
// benchmark's database, run by tests/bench/run.ts (`--only search`) at the first archive size:
//
//   node --conditions=development --import tsx tests/bench/reindex.ts <report.json>
import { writeFileSync } from 'node:fs'

import { getPayload } from 'payload'

import { rebuildSearchIndex } from '../../src/delivery/search/rebuild'

const main = async () => {
  const reportFile = process.argv[2]
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const cpu = process.cpuUsage()
  const report = await rebuildSearchIndex(payload)
  const { user, system } = process.cpuUsage(cpu)
  await payload.destroy()
  const documents = Object.values(report.documents).reduce((sum, count) => sum + count, 0)
  writeFileSync(
    reportFile,
    JSON.stringify({
      ...report,
      total: documents,
      cpuMilliseconds: Math.round((user + system) / 1000),
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
