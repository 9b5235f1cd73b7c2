import { runCommand } from '../src/cli'
import { runSearchReindex } from '../src/delivery/search/runReindex'

// `npm run search:reindex`: see src/delivery/search/runReindex.ts.
runCommand('search:reindex', () => runSearchReindex())
