import {
  addMigrations,
  checkMigrations,
  regenerateInitialMigrations,
} from '../src/generateMigrations'

import { runEntryPoint } from './entryPoint'

// `npm run migrate:generate`              regenerate the initial migration of each SQL dialect
// `npm run migrate:generate -- --add <name>`  add a migration for schema changes (after release)
// `npm run migrate:generate -- --check`   exit 1 when the committed migrations are stale
const args = process.argv.slice(2)

const main = async (): Promise<number> => {
  if (args.includes('--check')) {
    const { isStale, lines } = await checkMigrations()
    for (const line of lines) (isStale ? console.error : console.log)(line)
    return isStale ? 1 : 0
  }
  const addIndex = args.indexOf('--add')
  if (addIndex >= 0) {
    const name = args[addIndex + 1]
    if (!name || name.startsWith('-')) throw new Error('--add needs a migration name')
    for (const line of await addMigrations(name)) console.log(line)
    return 0
  }
  for (const line of await regenerateInitialMigrations()) console.log(line)
  return 0
}

runEntryPoint('migrations', main)
