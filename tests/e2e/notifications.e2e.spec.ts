/**
 * The notification bell in a real Chromium against the production build (`npm run test:e2e`): an
 * editor submits an article to the reviewer, the reviewer's bell counts it, the list links to the
 * article, and marking read clears the count — with no failed request or console error on the way.
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { richText } from '../helpers/content'

import { logIn, openDocument, takeAction } from './support/admin'
import { evidenceRecorder, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
const EDITOR = 'editor1@kexie.test'
const REVIEWER = 'reviewer@kexie.test'
const REVIEWER_NAME = '审核员（演示）'
const TITLE = '海洋科普周开幕式通知'

const scenario = setUpBrowserScenario()

/** The count on the bell, 0 when it shows none. */
const bellCount = async (page: Page): Promise<number> => {
  const bell = page.locator('.kx-bell__button')
  await bell.waitFor()
  return Number((await bell.getAttribute('data-unread')) ?? 'NaN')
}

describe('the notification bell', () => {
  it(
    'counts a submission for the reviewer, lists it with a link, and clears once read',
    async () => {
      const { step } = evidenceRecorder('notifications')
      const editor = await scenario.open('editor')
      const reviewer = await scenario.open('reviewer')
      const { url } = scenario.stack

      const before = await step('reviewer logs in and reads the bell', reviewer, async () => {
        await logIn(reviewer, url, REVIEWER, scenario.password(REVIEWER))
        return bellCount(reviewer.page)
      })

      const id = await step('editor writes and submits an article', editor, async () => {
        await logIn(editor, url, EDITOR, scenario.password(EDITOR))
        // Through the page's own fetch, as the admin sends it (same origin, the session cookie).
        const created = await editor.page.evaluate(
          async (body) => {
            const response = await fetch('/api/articles', {
              method: 'POST',
              credentials: 'include',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            })
            return {
              status: response.status,
              json: (await response.json()) as { doc: { id: string } },
            }
          },
          { title: TITLE, content: richText('海洋科普周将于下周开幕。') },
        )
        expect(created.status).toBe(201)
        const { doc } = created.json
        await openDocument(editor, url, 'articles', doc.id)
        await takeAction(editor.page, 'submit', 'in_review', { assignee: REVIEWER_NAME })
        return doc.id
      })

      await step('the reviewer sees one more on the bell', reviewer, async () => {
        reviewer.problems.length = 0
        await reviewer.page.reload({ waitUntil: 'networkidle' })
        expect(await bellCount(reviewer.page)).toBe(before + 1)
        await waitForText(reviewer.page.locator('.kx-bell__count'), String(before + 1))
      })

      await step('the list names the article and links to it', reviewer, async () => {
        const { page } = reviewer
        await page.click('.kx-bell__button')
        const item = page.locator('.kx-bell__item--unread', { hasText: TITLE })
        await item.waitFor()
        await waitForText(item, `编辑甲（演示） 提交了《${TITLE}》（新闻），请您审核`)
        await waitForText(item.locator('.kx-bell__kind'), '提交给我审核')
        expect(await item.locator('.kx-bell__time').textContent()).toMatch(
          /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/,
        )
        expect(await item.locator('a').getAttribute('href')).toBe(
          `/admin/collections/articles/${id}`,
        )
        await item.locator('a').click()
        await page.waitForURL((target) => target.pathname === `/admin/collections/articles/${id}`)
        await page.locator('.kx-wf-panel .kx-stage').waitFor()
      })

      await step('opening it marked it read; 全部标为已读 clears the rest', reviewer, async () => {
        const { page } = reviewer
        await page.reload({ waitUntil: 'networkidle' })
        expect(await bellCount(page)).toBe(before)
        await page.click('.kx-bell__button')
        await page.locator('.kx-bell__item', { hasText: TITLE }).waitFor()
        expect(await page.locator('.kx-bell__item--unread', { hasText: TITLE }).count()).toBe(0)
        if (before > 0) await page.click('.kx-bell__mark-all')
        await page.waitForFunction(
          () => document.querySelector('.kx-bell__button')?.getAttribute('data-unread') === '0',
        )
        expect(await page.locator('.kx-bell__count').count()).toBe(0)
        const unread = await page.evaluate(async () => {
          const response = await fetch('/api/notifications?where[readAt][exists]=false&limit=1', {
            credentials: 'include',
          })
          return ((await response.json()) as { totalDocs: number }).totalDocs
        })
        expect(unread).toBe(0)
        expect(reviewer.problems).toEqual([])
      })
    },
    SCENARIO_TIMEOUT_MS,
  )
})
