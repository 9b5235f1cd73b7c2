import { runSearchReindex } from '../src/delivery/search/runReindex'

import { runEntryPoint } from './entryPoint'

// `npm run search:reindex`: see src/delivery/search/runReindex.ts.
runEntryPoint('search:reindex', () => runSearchReindex())
