import { runSearchReindex } from '../src/delivery/search/runReindex'

// `npm run search:reindex`: see src/delivery/search/runReindex.ts. Payload keeps database handles
// open after destroy() on some adapters, so the exit is explicit.
runSearchReindex().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`kexie-cms search:reindex: ${message.split('\n')[0]}`)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
