import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

import { projectRoot } from '../../helpers/server'

/** Debian's chromium (`apt-get install -y chromium`); playwright downloads nothing here. */
/** Chromium asks for /favicon.ico by itself, whatever the page links: not a request of the page. */
export const isBrowserOwn = (url: string): boolean =>
  URL.canParse(url) && new URL(url).pathname === '/favicon.ico'

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })

/** How long one UI state may take to appear: generous, as CI machines are slow and shared. */
export const UI_TIMEOUT_MS = 60_000

export type Session = {
  label: string
  context: BrowserContext
  page: Page
  /** What the page logged: console messages, uncaught errors and failed requests. */
  consoleLog: string[]
  /**
   * What went wrong in the page: console errors, uncaught errors and every answer of 400 or above
   * to a request the page made. A spec that expects none clears it before the steps it checks.
   */
  problems: string[]
}

/**
 * A fresh browser profile (no cookies) with a Chinese locale, as a member of staff would have; in
 * the machine's time zone unless `timezoneId` says otherwise.
 */
export const openSession = async (
  browser: Browser,
  label: string,
  locale = 'zh-CN',
  { timezoneId }: { timezoneId?: string } = {},
): Promise<Session> => {
  const context = await browser.newContext({
    locale,
    timezoneId,
    viewport: { width: 1400, height: 1000 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(UI_TIMEOUT_MS)
  page.setDefaultNavigationTimeout(UI_TIMEOUT_MS)
  const consoleLog: string[] = []
  const problems: string[] = []
  page.on('console', (message) => {
    consoleLog.push(`[${message.type()}] ${message.text()}`)
    if (message.type() === 'error' && !isBrowserOwn(message.location().url || page.url())) {
      problems.push(`[console.error] ${page.url()}: ${message.text()} (${message.location().url})`)
    }
  })
  page.on('pageerror', (error) => {
    consoleLog.push(`[pageerror] ${error.stack ?? error.message}`)
    problems.push(`[pageerror] ${page.url()}: ${error.message}`)
  })
  page.on('requestfailed', (request) =>
    consoleLog.push(
      `[requestfailed] ${request.method()} ${request.url()} ${request.failure()?.errorText}`,
    ),
  )
  page.on('response', (response) => {
    const status = response.status()
    if (status < 400 || isBrowserOwn(response.url())) return
    const line = `[http ${status}] ${response.request().method()} ${response.url()}`
    if (status >= 500) consoleLog.push(line)
    problems.push(line)
  })
  return { label, context, page, consoleLog, problems }
}

const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}.-]+/gu, '-').replace(/^-|-$/g, '')

/**
 * Names each step of a scenario and leaves its evidence under `test-results/e2e/<scenario>/`: a
 * screenshot after every step, and for a step that fails, the screenshot, HTML and console log of
 * every open page, so a red run explains itself.
 */
export const evidenceRecorder = (scenario: string) => {
  const dir = path.join(projectRoot, 'test-results', 'e2e', fileSafe(scenario))
  mkdirSync(dir, { recursive: true })
  let count = 0

  const saveFailure = async (prefix: string, sessions: Session[]) => {
    for (const session of sessions) {
      const base = path.join(dir, `${prefix}-${fileSafe(session.label)}-failed`)
      writeFileSync(
        `${base}.console.log`,
        `${session.page.url()}\n${session.consoleLog.join('\n')}\n`,
      )
      try {
        await session.page.screenshot({ path: `${base}.png`, fullPage: true })
        writeFileSync(`${base}.html`, await session.page.content())
      } catch (error) {
        writeFileSync(`${base}.error.txt`, String(error))
      }
    }
  }

  return {
    dir,
    /**
     * Runs one step on `session`'s page. `others` are the sessions whose pages are also saved
     * when the step fails.
     */
    step: async <T>(
      name: string,
      session: Session,
      run: () => Promise<T>,
      others: Session[] = [],
    ): Promise<T> => {
      const prefix = `${String(++count).padStart(2, '0')}-${fileSafe(name)}`
      try {
        const result = await run()
        await session.page.screenshot({ path: path.join(dir, `${prefix}.png`), fullPage: true })
        return result
      } catch (error) {
        await saveFailure(prefix, [session, ...others])
        const message = error instanceof Error ? error.message : String(error)
        throw new Error(
          `step "${name}" failed (evidence in ${path.relative(projectRoot, dir)}): ${message}`,
          {
            cause: error,
          },
        )
      }
    },
  }
}

/** Waits until `locator` shows `text` (the UI's own state, never a fixed delay). */
export const waitForText = (locator: Locator, text: RegExp | string): Promise<void> =>
  locator.filter({ hasText: text }).first().waitFor({ state: 'visible' })

/** Waits until an input holds `value`, e.g. a slug the server filled in after a save. */
export const waitForValue = async (
  page: Page,
  selector: string,
  value: RegExp,
): Promise<string> => {
  const handle = await page.waitForFunction(
    ({ selector, source, flags }) => {
      const input = document.querySelector<HTMLInputElement>(selector)
      return input && new RegExp(source, flags).test(input.value) ? input.value : null
    },
    { selector, source: value.source, flags: value.flags },
  )
  return (await handle.jsonValue()) as string
}
