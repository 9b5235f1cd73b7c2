import { runSeed } from '../src/seed/run'

import { runEntryPoint } from './entryPoint'

// `npm run seed` (or `npm run seed -- --allow-production`): see src/seed/run.ts.
runEntryPoint('seed', () => runSeed())
