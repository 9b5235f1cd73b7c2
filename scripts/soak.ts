import { runSoak } from '../tests/soak/soak'

import { runEntryPoint } from './entryPoint'

// `npm run soak -- --minutes N [--reads-per-second R] [--editors E]`: see tests/soak/soak.ts.
runEntryPoint('soak', () => runSoak(process.argv.slice(2)))
