import type { Payload } from 'payload'

import { loadCommandSettings, openPayloadForCommand } from '@/cli'
import { redact, refreshPlannerStatistics } from '@/database'
import { ConfigError, isProduction, loadEnvFile } from '@/env'

import { ensureDemoUsers, formatDemoAccounts } from './demoUsers'
import { seedDemoContent } from './index'

/** The one flag that lets `npm run seed` write demo content into a production database. */
export const ALLOW_PRODUCTION_FLAG = '--allow-production'

/**
 * `npm run seed`: demo accounts (development only, on a database without accounts) and demo
 * content, filling in whatever is missing. Configuration is settled first, as the server does,
 * so a mistake is one line. Production is refused unless ALLOW_PRODUCTION_FLAG is given, and
 * even then gets content only: demo accounts with printed passwords never belong there.
 */
export const runSeed = async ({
  args = process.argv.slice(2),
  log = console.log,
}: { args?: string[]; log?: (line: string) => void } = {}): Promise<void> => {
  const unknown = args.filter((arg) => arg !== ALLOW_PRODUCTION_FLAG)
  if (unknown.length) {
    throw new ConfigError(
      'arguments',
      `unknown ${unknown.join(' ')} (the only option is ${ALLOW_PRODUCTION_FLAG})`,
    )
  }
  loadEnvFile()
  const isForProduction = isProduction()
  if (isForProduction && !args.includes(ALLOW_PRODUCTION_FLAG)) {
    throw new ConfigError(
      'NODE_ENV',
      `is production: demo content is only seeded there with \`npm run seed -- ${ALLOW_PRODUCTION_FLAG}\` (and demo accounts never are)`,
    )
  }
  const target = loadCommandSettings()
  const payload = await openPayloadForCommand(target)
  try {
    await assertHasTables(payload)
    log(`Seeding ${redact(target.url)}`)
    if (!isForProduction) {
      const accounts = await ensureDemoUsers(payload)
      if (accounts.length) log(formatDemoAccounts(accounts))
    }
    await seedDemoContent(payload, { log, whenContentExists: 'fill-missing' })
    await refreshPlannerStatistics(payload)
  } finally {
    await payload.destroy()
  }
}

/**
 * Development pushes the schema on connect; production takes it from migrations, and a database
 * that never had them would fail on the first query with a line of SQL instead.
 */
const assertHasTables = async (payload: Payload) => {
  try {
    await payload.count({ collection: 'payload-migrations', overrideAccess: true })
  } catch {
    throw new ConfigError('DATABASE_URI', 'has no Payload tables yet: run `npm run migrate` first')
  }
}
