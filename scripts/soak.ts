import { runCommand } from '../src/cli'
import { runSoak } from '../tests/soak/soak'

// `npm run soak -- --minutes N [--reads-per-second R] [--editors E]`: see tests/soak/soak.ts.
runCommand('soak', () => runSoak(process.argv.slice(2)))
