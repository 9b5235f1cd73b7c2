import { runMigrations } from '../src/migrate'

import { runEntryPoint } from './entryPoint'

// `npm run migrate` (or `npm run migrate -- --check`): see src/migrate.ts.
runEntryPoint('migrate', async () => {
  console.log(await runMigrations({ isCheck: process.argv.includes('--check') }))
})
