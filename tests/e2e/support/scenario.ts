import { afterAll, beforeAll } from '@jest/globals'
import type { Browser } from 'playwright-core'

import type { Session } from './browser'
import { launchChromium, openSession } from './browser'
import type { Stack } from './stack'
import { startProductionStack } from './stack'

/** Starting the production server (a build when stale) and Chromium. */
const SET_UP_TIMEOUT_MS = 6 * 60_000

export type BrowserScenario = {
  /** The production server and its demo accounts (set once the suite's `beforeAll` has run). */
  readonly stack: Stack
  readonly browser: Browser
  /** A new browser session (its own cookies), closed after the suite. */
  open: (label: string, locale?: string, options?: { timezoneId?: string }) => Promise<Session>
  /** A demo account's password, as the server printed it on its first start. */
  password: (email: string) => string
}

/**
 * What every browser scenario sets up, as jest hooks of the calling file: before its tests, the
 * production stack (tests/e2e/support/stack.ts) and Chromium; after them, every session opened
 * through `open`, the browser and the server closed, also when a test failed. Call it at the top
 * of the file, before the file's own `beforeAll`, and read the fields inside hooks and tests.
 */
export const setUpBrowserScenario = ({
  env,
}: { env?: Record<string, string> } = {}): BrowserScenario => {
  let stack: Stack | undefined
  let browser: Browser | undefined
  const sessions: Session[] = []

  beforeAll(async () => {
    stack = await startProductionStack(env)
    browser = await launchChromium()
  }, SET_UP_TIMEOUT_MS)

  afterAll(async () => {
    await Promise.allSettled(sessions.map((session) => session.context.close()))
    await browser?.close()
    await stack?.stop()
  })

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} is not started: read it inside a test or hook`)
    return value
  }

  return {
    get stack() {
      return started(stack, 'the server')
    },
    get browser() {
      return started(browser, 'Chromium')
    },
    open: async (label, locale, options) => {
      const session = await openSession(started(browser, 'Chromium'), label, locale, options)
      sessions.push(session)
      return session
    },
    password: (email) => {
      const value = started(stack, 'the server').passwords.get(email)
      if (!value) throw new Error(`no demo password for ${email}`)
      return value
    },
  }
}
