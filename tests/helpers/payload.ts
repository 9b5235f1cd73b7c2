import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { freshDatabaseUri } from './database'

export type TestPayload = { payload: Payload; config: SanitizedConfig; databaseUri: string }

/**
 * Starts Payload on a fresh database named after the test file. The config reads DATABASE_URI
 * when it is imported, so the variable is set first. Call `payload.destroy()` in afterAll.
 */
type ConfigModule = { default: Promise<SanitizedConfig> | SanitizedConfig }

export const startTestPayload = async (
  testFile: string,
  env: Record<string, string> = {},
  /** Another configuration (tests/helpers/seventhCollection/config.ts); the project's by default. */
  loadConfig: () => Promise<ConfigModule> = () => import('@payload-config'),
): Promise<TestPayload> => {
  const databaseUri = freshDatabaseUri(path.basename(testFile).replace(/\..*$/, ''))
  process.env.DATABASE_URI = databaseUri
  Object.assign(process.env, env)
  const { default: configPromise } = await loadConfig()
  const config = await configPromise
  const payload = await getPayload({ config })
  return { payload, config, databaseUri }
}
