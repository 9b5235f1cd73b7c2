import { firstLine, runSeed } from '../src/seed/run'

// `npm run seed` (or `npm run seed -- --allow-production`): see src/seed/run.ts.
//
// Payload's SQL adapters may end the process with exit code 0 from inside a database prompt that
// has no terminal to answer it, and Node's module loader may drop an import (payload#16381), so
// the event loop drains: either way seeding did not finish, which is a failure, not a success.
let isFinished = false
process.on('exit', (code) => {
  if (isFinished || code !== 0) return
  console.error('kexie-cms seed: the process ended before seeding finished; run it again')
  process.exitCode = 1
})

// Payload keeps database handles open after destroy() on some adapters, so the exit is explicit.
runSeed().then(
  () => {
    isFinished = true
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`kexie-cms seed: ${firstLine(error)}`)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
