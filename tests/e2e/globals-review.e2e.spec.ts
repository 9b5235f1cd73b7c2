/**
 * The homepage under review in the admin, in a real Chromium against the production build with
 * the demo content (`npm run test:e2e`): an editor finds both public globals in the navigation,
 * their edit view carries the workflow panel and no Publish button, and saving is a draft that
 * readers do not see. Submitted, the homepage waits in a reviewer's 待审核 and on the dashboard,
 * linked to its own page.
 */
import { describe, expect, it } from '@jest/globals'

import { logIn, offeredActions, takeAction, waitForStage } from './support/admin'
import { waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
const EDITOR = 'editor1@kexie.test'
const REVIEWER = 'reviewer@kexie.test'

const scenario = setUpBrowserScenario()

const publicHeading = async () => {
  const response = await fetch(`${scenario.stack.url}/api/globals/homepage`)
  const body = (await response.json()) as { hero?: { heading?: string } }
  return body.hero?.heading
}

describe('an editor and the homepage', () => {
  it(
    'sees both public globals, the workflow panel and no Publish button; a save stays a draft',
    async () => {
      const editor = await scenario.open('editor')
      await logIn(editor, scenario.stack.url, EDITOR, scenario.password(EDITOR))
      const { page } = editor

      for (const slug of ['homepage', 'official-figures']) {
        expect(await page.locator(`nav a[href="/admin/globals/${slug}"]`).count()).toBe(1)
      }
      const before = await publicHeading()
      expect(before).toBeTruthy()

      await page.goto(`${scenario.stack.url}/admin/globals/homepage`, { waitUntil: 'networkidle' })
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

      await takeAction(page, 'submit', 'in_review')
      const reviewer = await scenario.open('reviewer')
      await logIn(reviewer, scenario.stack.url, REVIEWER, scenario.password(REVIEWER))
      const { page: reviewerPage } = reviewer
      // The dashboard counts it in review, linked to its page.
      await reviewerPage.goto(`${scenario.stack.url}/admin`, { waitUntil: 'networkidle' })
      const counts = reviewerPage.locator('.kx-wf-widget tr[data-global="homepage"]')
      await waitForText(counts, '首页')
      expect(await counts.locator('a').getAttribute('href')).toBe('/admin/globals/homepage')
      // 待审核 lists it under its label, for this reviewer to act on.
      await reviewerPage.goto(`${scenario.stack.url}/admin/review-queue`, {
        waitUntil: 'networkidle',
      })
      const row = reviewerPage.locator('.kx-wf-queue-table__row', { hasText: '首页' })
      await waitForText(row, '全局内容')
      await row.locator('a', { hasText: '首页' }).click()
      await reviewerPage.waitForURL(/\/admin\/globals\/homepage$/)
      await waitForStage(reviewerPage, 'in_review')
      expect(await offeredActions(reviewerPage)).toContain('kx-wf-approve')
      expect([...editor.problems, ...reviewer.problems]).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )
})
