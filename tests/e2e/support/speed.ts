import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

/** What the admin is measured against: a page is usable within this long. */
export const USABLE_TARGET_MS = 1500

export type Timing = { role: string; page: string; ms: number }

/**
 * Opens `url` and measures the time to a usable page: from the navigation's start until `ready`
 * is visible and nothing on the page says it is still loading (Payload's 加载中 cells and
 * shimmers). Client-side work is included; the network's idle tail (prefetches) is not.
 */
export const openTimed = async (page: Page, url: string, ready: string): Promise<number> => {
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator(ready).first().waitFor({ state: 'visible' })
  await page.waitForFunction(
    () =>
      !document.querySelector('.shimmer-effect, .loading-overlay--show') &&
      !Array.from(document.querySelectorAll('td, .field-type')).some((node) =>
        /^(加载中|Loading)/.test((node.textContent ?? '').trim()),
      ),
  )
  const ms = Date.now() - started
  // The rest of the page's requests still count for its problems (4xx/5xx, console errors).
  await page.waitForLoadState('networkidle')
  return ms
}

const headCommit = (): null | string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

/**
 * Collects timings over a run and writes them to `test-results/admin-speed.json` with the
 * commit, the target and how many pages missed it (docs/performance.md summarises a run).
 */
export const speedReport = () => {
  const timings: Timing[] = []
  return {
    add: (timing: Timing) => timings.push(timing),
    write: () => {
      const dir = path.resolve(process.cwd(), 'test-results')
      mkdirSync(dir, { recursive: true })
      const slow = timings.filter(({ ms }) => ms > USABLE_TARGET_MS)
      writeFileSync(
        path.join(dir, 'admin-speed.json'),
        `${JSON.stringify(
          {
            measuredAt: new Date().toISOString(),
            commit: headCommit(),
            targetMs: USABLE_TARGET_MS,
            slow: slow.length,
            timings,
          },
          null,
          2,
        )}\n`,
      )
    },
  }
}
