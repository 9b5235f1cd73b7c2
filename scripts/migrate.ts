import { firstLine, runMigrations } from '../src/migrate'

// `npm run migrate` (or `npm run migrate -- --check`): see src/migrate.ts. Payload keeps database
// handles open after destroy() on some adapters, so the exit is explicit.
runMigrations({ isCheck: process.argv.includes('--check') }).then(
  (summary) => {
    console.log(summary)
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`kexie-cms migrate: ${firstLine(error)}`)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
