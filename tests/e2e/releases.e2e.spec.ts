/**
 * 发布批次 in a real Chromium, through the Chinese admin UI, against the production build: an
 * editor selects an event and its sub-sessions in the events list view and puts them into a new
 * release (加入发布批次), adds one more event from its workflow panel, is refused with the
 * release's name when putting an event into a second release, opens the release, sees its items
 * and submits it; a reviewer finds it in 待审核 with its item count, approves and publishes it; an
 * anonymous REST read then sees every event. Every step leaves a screenshot under
 * test-results/e2e/releases/. The pages must log no console error and none of their own requests
 * may fail, except the one expected refusal (400).
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { logIn, openDocument, takeAction, waitForStage } from './support/admin'
import { evidenceRecorder, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
const PREFIX = '海洋科普周（发布批次测试）'
const MAIN = `${PREFIX}主活动`
const SESSIONS = [`${PREFIX}开幕式分会`, `${PREFIX}科普讲座分会`]
const CLOSING = `${PREFIX}闭幕式`
const RELEASE = '海洋科普周第一批'

const scenario = setUpBrowserScenario()
const session = (label: string) => scenario.open(label)
const { password } = scenario

/** Writes an event as the editor over REST (a draft; the scenario is about releasing it). */
const createEvent = async (token: string, data: Record<string, unknown>) => {
  const response = await fetch(`${scenario.stack.url}/api/events?depth=0`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ startDate: '2026-07-08T01:00:00.000Z', ...data }),
  })
  const body = (await response.json()) as { doc?: { id: string } }
  if (response.status !== 201 || !body.doc) {
    throw new Error(`event not created: ${response.status} ${JSON.stringify(body)}`)
  }
  return body.doc.id
}

/** The titles of this scenario's events that an anonymous reader gets over REST. */
const publicTitles = async (): Promise<string[]> => {
  const query = new URLSearchParams({
    depth: '0',
    limit: '20',
    'where[title][like]': PREFIX,
  })
  const response = await fetch(`${scenario.stack.url}/api/events?${query}`)
  expect(response.status).toBe(200)
  const { docs } = (await response.json()) as { docs: { title: string }[] }
  return docs.map((doc) => doc.title).sort()
}

/** The events list view, narrowed to this scenario's events. */
const openEventList = async (page: Page) => {
  const query = new URLSearchParams({ 'where[title][like]': PREFIX, limit: '50' })
  await page.goto(`${scenario.stack.url}/admin/collections/events?${query}`, {
    waitUntil: 'networkidle',
  })
  await page.locator('.collection-list tbody tr').first().waitFor()
}

const selectRow = (page: Page, title: string) =>
  page
    // By the title's link: a sub-session's row also names its parent (another column).
    .locator('.collection-list tbody tr', {
      has: page.getByRole('link', { name: title, exact: true }),
    })
    .locator('.select-row input[type="checkbox"]')
    .check()

/** The release's items table: title, type, stage and "changed since submit", row by row. */
const itemRows = (page: Page) =>
  page.$$eval('.kx-release-items__row', (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td')].slice(1).map((cell) => (cell.textContent ?? '').trim()),
    ),
  )

describe('releases in the admin UI', () => {
  it(
    'an editor gathers an event and its sub-sessions into a release; a reviewer publishes it',
    async () => {
      const { step } = evidenceRecorder('releases')
      const editor = await session('editor')
      const reviewer = await session('reviewer')
      const { page } = editor
      let releaseId = ''

      const login = await fetch(`${scenario.stack.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'editor1@kexie.test',
          password: password('editor1@kexie.test'),
        }),
      })
      const { token } = (await login.json()) as { token: string }
      const main = await createEvent(token, { title: MAIN, type: 'forum' })
      for (const title of SESSIONS) {
        await createEvent(token, { title, type: 'sub-session', parent: main })
      }
      const closing = await createEvent(token, { title: CLOSING, type: 'forum' })
      expect(await publicTitles()).toEqual([])

      await step('editor logs in', editor, () =>
        logIn(editor, scenario.stack.url, 'editor1@kexie.test', password('editor1@kexie.test')),
      )

      await step('editor selects the event and its sub-sessions in the list', editor, async () => {
        await openEventList(page)
        expect(await page.locator('#kx-release-bar').count()).toBe(0)
        for (const title of [MAIN, ...SESSIONS]) await selectRow(page, title)
        await waitForText(page.locator('#kx-release-bar'), '已选 3 篇')
      })

      await step('editor puts them into a new release', editor, async () => {
        await page.click('#kx-add-to-release')
        const dialog = page.locator('.kx-release-dialog')
        await dialog.waitFor()
        await page.locator('#kx-release-new').check()
        await page.fill('#field-kx-release-title', RELEASE)
        await page.click('#kx-release-confirm')
        await dialog.waitFor({ state: 'hidden' })
        await waitForText(page.locator('#kx-release-bar'), `已加入发布批次“${RELEASE}”`)
      })

      await step('a second release is refused, naming the first', editor, async () => {
        // Expected: the releases' own rule answers 400 (one open release per document).
        const refused = page.waitForResponse(
          (response) =>
            response.url().includes('/api/releases') && response.request().method() === 'POST',
        )
        await page.click('#kx-add-to-release')
        const dialog = page.locator('.kx-release-dialog')
        await dialog.waitFor()
        await waitForText(dialog, RELEASE)
        await page.locator('#kx-release-new').check()
        await page.fill('#field-kx-release-title', '海洋科普周第二批')
        await page.click('#kx-release-confirm')
        expect((await refused).status()).toBe(400)
        await waitForText(dialog.locator('.kx-release-dialog__error'), `“${RELEASE}”`)
        await dialog.getByRole('button', { name: '取消' }).click()
        await dialog.waitFor({ state: 'hidden' })
        const expected = (line: string) =>
          /\[http 400\] POST .*\/api\/releases/.test(line) ||
          /\[console\.error\].*status of 400/.test(line)
        expect(editor.problems.filter((line) => !expected(line))).toEqual([])
        editor.problems.length = 0
      })

      await step('editor adds one more event from its workflow panel', editor, async () => {
        await openDocument(editor, scenario.stack.url, 'events', closing)
        await page.click('#kx-wf-add-to-release')
        const dialog = page.locator('.kx-release-dialog')
        await dialog.waitFor()
        const choice = dialog.locator('.kx-release-dialog__choice', { hasText: RELEASE })
        await waitForText(choice, '3 篇稿件')
        await choice.locator('input[type="radio"]').check()
        await page.click('#kx-release-confirm')
        await dialog.waitFor({ state: 'hidden' })
        await waitForText(page.locator('#kx-wf-release'), `在发布批次：${RELEASE}`)
      })

      await step('a sub-session shows its release in the panel', editor, async () => {
        await openEventList(page)
        await page.locator('.collection-list tbody tr a', { hasText: SESSIONS[0] }).click()
        await waitForText(page.locator('#kx-wf-release'), `在发布批次：${RELEASE}`)
      })

      await step('editor follows the link to the release', editor, async () => {
        await page.locator('#kx-wf-release a', { hasText: RELEASE }).click()
        await page.waitForURL(/\/admin\/collections\/releases\/[0-9a-f-]{36}$/)
        releaseId = page.url().split('/').pop() ?? ''
      })

      await step('editor sees the items of the release', editor, async () => {
        await page.locator('.kx-wf-panel .kx-stage').waitFor()
        await page.locator('.kx-release-items__row').nth(3).waitFor()
        // The selected rows in the list's order, then the one added from its panel.
        const rows = await itemRows(page)
        expect(rows[3]).toEqual(['活动', CLOSING, '草稿', '尚未提交'])
        expect(rows.slice(0, 3).sort()).toEqual(
          [MAIN, ...SESSIONS].sort().map((title) => ['活动', title, '草稿', '尚未提交']),
        )
        const href = await page
          .locator('.kx-release-items__row', { hasText: MAIN })
          .locator('a')
          .getAttribute('href')
        expect(href).toBe(`/admin/collections/events/${main}`)
      })

      await step('editor submits the release', editor, async () => {
        await takeAction(page, 'submit', 'in_review')
        await waitForText(page.locator('.kx-release-items__row').first(), '否')
        expect((await itemRows(page)).map((row) => row[3])).toEqual(['否', '否', '否', '否'])
      })
      expect(editor.problems).toEqual([])

      await step('reviewer logs in and finds the release in 待审核', reviewer, async () => {
        await logIn(
          reviewer,
          scenario.stack.url,
          'reviewer@kexie.test',
          password('reviewer@kexie.test'),
        )
        await reviewer.page.goto(`${scenario.stack.url}/admin/review-queue`, {
          waitUntil: 'networkidle',
        })
        const row = reviewer.page.locator('.kx-wf-queue-table__row', { hasText: RELEASE })
        await waitForText(row, '发布批次')
        await waitForText(row, '4 篇稿件')
      })

      await step('reviewer opens the release from the queue', reviewer, async () => {
        const row = reviewer.page.locator('.kx-wf-queue-table__row', { hasText: RELEASE })
        await row.locator('a', { hasText: RELEASE }).click()
        await reviewer.page.waitForURL(new RegExp(`/admin/collections/releases/${releaseId}$`))
        await waitForStage(reviewer.page, 'in_review')
        // What a correction does here is said of the release, not of a single document.
        const notice = reviewer.page.locator('.kx-wf-notice__text')
        await waitForText(notice, '发布批次正在审核中')
        expect(await notice.textContent()).not.toContain('稿件')
      })

      await step('reviewer approves the release', reviewer, async () => {
        await reviewer.page.locator('.kx-release-items__row').nth(3).waitFor()
        await takeAction(reviewer.page, 'approve', 'approved')
      })

      await step('reviewer publishes the release', reviewer, async () => {
        await takeAction(reviewer.page, 'publish', 'published')
        await waitForText(reviewer.page.locator('.kx-release-items__row').first(), '已发布')
        expect((await itemRows(reviewer.page)).map((row) => row[2])).toEqual([
          '已发布',
          '已发布',
          '已发布',
          '已发布',
        ])
      })
      expect(reviewer.problems).toEqual([])

      expect(await publicTitles()).toEqual([MAIN, ...SESSIONS, CLOSING].sort())
    },
    SCENARIO_TIMEOUT_MS,
  )
})
