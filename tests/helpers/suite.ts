import { rm, readdir } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll } from '@jest/globals'
import type { Payload, SanitizedConfig } from 'payload'

import type { User } from '@/payload-types'

import { createApiClient, type ApiClient } from './http'
import { startTestPayload } from './payload'
import { createStaffSet, loginStaff, TEST_PASSWORD, type Staff, type StaffTokens } from './users'

/** Where uploads land in tests: the media collection's folder in the project. */
export const MEDIA_DIR = path.resolve(process.cwd(), 'media')

/** Removes the files under media/ whose names contain `prefix` (what one suite uploaded). */
export const removeMediaFiles = async (prefix: string): Promise<void> => {
  const created = (await readdir(MEDIA_DIR)).filter((name) => name.includes(prefix))
  await Promise.all(created.map((name) => rm(path.join(MEDIA_DIR, name), { force: true })))
}

export type SuiteOptions = {
  /** Environment the Payload config reads when it is imported (limits, switches). */
  env?: Record<string, string>
  /**
   * `accounts`: one staff account per role (tests/helpers/users.ts); `tokens`: those accounts
   * logged in over REST as well. Left out: no accounts.
   */
  staff?: 'accounts' | 'tokens'
  /** Files under media/ whose names contain this are removed after the suite. */
  mediaPrefix?: string
  /** Another configuration (tests/helpers/seventhCollection/config.ts); the project's by default. */
  loadConfig?: Parameters<typeof startTestPayload>[2]
}

export type Suite = {
  payload: Payload
  config: SanitizedConfig
  databaseUri: string
  /** REST and GraphQL through Payload's route handlers (tests/helpers/http.ts). */
  api: ApiClient
  /** With `staff`; otherwise unset. */
  staff: Staff
  /** With `staff: 'tokens'`; otherwise unset. */
  tokens: StaffTokens
  /** Logs a further account in over REST (all test accounts share one password). */
  login: (user: Pick<User, 'email'>) => Promise<string>
  /** Runs `cleanup` after the suite, before Payload stops (last registered, first run). */
  onCleanup: (cleanup: () => unknown) => void
}

/**
 * The set-up integration suites share, as jest hooks of the calling file: before its tests,
 * Payload on a fresh database of its own (named after the file), an API client, and the staff
 * accounts (and their tokens) when asked; after them, the registered cleanups, Payload destroyed,
 * the suite's uploads removed. Call it at the top of the file, before the file's own `beforeAll`
 * (hooks run in the order they are declared), and read the fields in hooks and tests: they are
 * filled once its `beforeAll` has run.
 */
export const setUpSuite = (testFile: string, options: SuiteOptions = {}): Suite => {
  const cleanups: (() => unknown)[] = []
  const suite = {
    login: (user) => suite.api.login(user.email, TEST_PASSWORD),
    onCleanup: (cleanup) => {
      cleanups.push(cleanup)
    },
  } as Suite

  beforeAll(async () => {
    const started = await startTestPayload(testFile, options.env, options.loadConfig)
    Object.assign(suite, started, { api: createApiClient(started.config) })
    if (!options.staff) return
    suite.staff = await createStaffSet(started.payload)
    if (options.staff === 'tokens') suite.tokens = await loginStaff(suite.api, suite.staff)
  })

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
    await suite.payload?.destroy()
    if (options.mediaPrefix) await removeMediaFiles(options.mediaPrefix)
  })

  return suite
}
