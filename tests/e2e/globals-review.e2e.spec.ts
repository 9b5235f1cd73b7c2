/**
 * The homepage under review in the admin, in a real Chromium against the production build with
 * the demo content (`npm run test:e2e`): an editor finds both public globals in the navigation,
 * their edit view carries the workflow panel and no Publish button, and saving is a draft that
 * readers do not see.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { logIn, offeredActions, waitForStage } from './support/admin'
import type { Session } from './support/browser'
import { launchChromium, openSession } from './support/browser'
import type { Stack } from './support/stack'
import { startProductionStack } from './support/stack'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
const EDITOR = 'editor1@kexie.test'

let stack: Stack
let browser: Browser
const sessions: Session[] = []

beforeAll(async () => {
  stack = await startProductionStack()
  browser = await launchChromium()
}, 6 * 60_000)

afterAll(async () => {
  await Promise.allSettled(sessions.map((session) => session.context.close()))
  await browser?.close()
  await stack?.stop()
})

const publicHeading = async () => {
  const response = await fetch(`${stack.url}/api/globals/homepage`)
  const body = (await response.json()) as { hero?: { heading?: string } }
  return body.hero?.heading
}

describe('an editor and the homepage', () => {
  it(
    'sees both public globals, the workflow panel and no Publish button; a save stays a draft',
    async () => {
      const password = stack.passwords.get(EDITOR)
      if (!password) throw new Error(`no demo password for ${EDITOR}`)
      const editor = await openSession(browser, 'editor')
      sessions.push(editor)
      await logIn(editor, stack.url, EDITOR, password)
      const { page } = editor

      for (const slug of ['homepage', 'official-figures']) {
        expect(await page.locator(`nav a[href="/admin/globals/${slug}"]`).count()).toBe(1)
      }
      const before = await publicHeading()
      expect(before).toBeTruthy()

      await page.goto(`${stack.url}/admin/globals/homepage`, { waitUntil: 'networkidle' })
      await waitForStage(page, 'published')
      // Payload's Publish button (`#action-save` with drafts) is not offered; Save Draft is.
      expect(await page.locator('#action-save').count()).toBe(0)
      expect(await page.locator('#action-save-draft').count()).toBe(1)
      expect(await offeredActions(page)).toEqual([])

      await page.fill('#field-hero__heading', '编辑修改的首页标题')
      await page.click('#action-save-draft')
      await waitForStage(page, 'draft')
      expect(await page.locator('#action-save').count()).toBe(0)
      expect(await offeredActions(page)).toEqual(['kx-wf-submit'])
      expect(await publicHeading()).toBe(before)
    },
    SCENARIO_TIMEOUT_MS,
  )
})
