import { runCommand } from '../src/cli'
import { runWorker } from '../src/jobs/worker'

// `npm run worker`: runs the jobs queue for a cluster whose web instances have JOBS_AUTORUN=false
// (see src/jobs/worker.ts and docs/deployment.md).
runCommand('worker', () => runWorker())
