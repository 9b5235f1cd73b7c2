import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { assertDatabaseReachable, parseDatabaseUri, redact } from '@/database'
import { loadEnvFile, payloadSecret } from '@/env'

import { formatReindexReport, rebuildSearchIndex } from './rebuild'

/**
 * `npm run search:reindex`: rebuilds the search index of the database in DATABASE_URI from its
 * published content and prints the counts. Run it after a restore, an import that bypassed
 * Payload, or a change to how text is indexed.
 */
export const runSearchReindex = async ({
  log = console.log,
}: { log?: (line: string) => void } = {}): Promise<void> => {
  loadEnvFile()
  payloadSecret()
  const target = parseDatabaseUri()
  await assertDatabaseReachable(target)
  // A command-line run has no Next dev server to tell about changes.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: config } = await import('@payload-config')
  const payload: Payload = await getPayload({ config })
  try {
    log(`Reindexing ${redact(target.url)}`)
    log(formatReindexReport(await rebuildSearchIndex(payload)))
  } finally {
    await payload.destroy()
  }
}
