import { runCommand } from '../src/cli'
import { runSeed } from '../src/seed/run'

// `npm run seed` (or `npm run seed -- --allow-production`): see src/seed/run.ts.
runCommand('seed', () => runSeed())
