import { runSoak } from '../tests/soak/soak'

// `npm run soak -- --minutes N [--reads-per-second R] [--editors E]`: see tests/soak/soak.ts.
runSoak(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`kexie-cms soak: ${error instanceof Error ? error.message : String(error)}`)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
