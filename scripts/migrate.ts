import { runCommand } from '../src/cli'
import { runMigrations } from '../src/migrate'

// `npm run migrate` (or `npm run migrate -- --check`): see src/migrate.ts.
runCommand('migrate', async () => {
  console.log(await runMigrations({ isCheck: process.argv.includes('--check') }))
})
