import { loadCommandSettings, openPayloadForCommand } from '@/cli'
import { redact } from '@/database'

import { formatReindexReport, rebuildSearchIndex } from './rebuild'

/**
 * `npm run search:reindex`: rebuilds the search index of the database in DATABASE_URI from its
 * published content and prints the counts. Run it after a restore, an import that bypassed
 * Payload, or a change to how text is indexed.
 */
export const runSearchReindex = async ({
  log = console.log,
}: { log?: (line: string) => void } = {}): Promise<void> => {
  const target = loadCommandSettings()
  const payload = await openPayloadForCommand(target)
  try {
    log(`Reindexing ${redact(target.url)}`)
    log(formatReindexReport(await rebuildSearchIndex(payload)))
  } finally {
    await payload.destroy()
  }
}
