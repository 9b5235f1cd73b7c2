/**
 * The award recipients list in the admin, in a real Chromium against the production build with the
 * demo content: a roster published as a public notice over the API (editor, then reviewer), then
 * the list as the admin sees it: the award's name in its column, the notice columns, and the
 * list's own filters by award, year and notice status.
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { logIn } from './support/admin'
import { evidenceRecorder } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

const scenario = setUpBrowserScenario()

const start = async (label: string, email: string) => {
  const session = await scenario.open(label)
  const password = scenario.stack.passwords.get(email)
  if (!password) throw new Error(`no demo password for ${email}`)
  await logIn(session, scenario.stack.url, email, password)
  return session
}

/** A request from the page with its login cookie; the parsed answer. */
const call = async (page: Page, method: string, path: string, body?: unknown) => {
  const { status, text } = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, text: await response.text() }
    },
    { method, path, body },
  )
  if (status >= 300) throw new Error(`${method} ${path} answered ${status}: ${text}`)
  return JSON.parse(text) as Record<string, unknown>
}

const listRows = (page: Page) => page.locator('.collection-list tbody tr')

describe('the award recipients list', () => {
  it(
    'shows the award by name and filters by award, year and notice status',
    async () => {
      const { step } = evidenceRecorder('award notice list')
      const editor = await start('editor', 'editor1@kexie.test')
      const reviewer = await start('reviewer', 'reviewer@kexie.test')
      const admin = await start('admin', 'admin@kexie.test')

      const award = (await call(editor.page, 'POST', '/api/awards', { name: '公示测试奖' }))
        .doc as { id: string }
      const names = ['公示甲', '公示乙']
      const items = []
      for (const name of names) {
        const { doc } = (await call(editor.page, 'POST', '/api/award-recipients', {
          name,
          award: award.id,
          year: 2031,
        })) as { doc: { id: string } }
        items.push({ relationTo: 'award-recipients', value: doc.id })
      }
      const { doc: release } = (await call(editor.page, 'POST', '/api/releases', {
        title: '公示测试奖 2031 获奖名单',
        items,
        notice: { days: 7, contact: { phone: '0532-80000000' } },
      })) as { doc: { id: string } }
      await call(editor.page, 'POST', `/api/workflow/releases/${release.id}`, { action: 'submit' })
      await call(reviewer.page, 'POST', `/api/workflow/releases/${release.id}`, {
        action: 'approve',
      })
      await call(reviewer.page, 'POST', `/api/workflow/releases/${release.id}`, {
        action: 'publish',
      })

      const { page } = admin
      const open = (query = '') =>
        page.goto(`${scenario.stack.url}/admin/collections/award-recipients${query}`, {
          waitUntil: 'networkidle',
        })

      await step('the list names the award and shows the notice columns', admin, async () => {
        await open()
        await page.locator('.collection-list').waitFor()
        const headers = await page.locator('.collection-list thead th').allInnerTexts()
        expect(headers.join(' ')).toMatch(/奖项/)
        expect(headers.join(' ')).toMatch(/公示状态/)
        expect(headers.join(' ')).toMatch(/公示截止/)
        const awards = await page.locator('td.cell-award').allInnerTexts()
        expect(awards.length).toBeGreaterThan(0)
        for (const cell of awards) expect(cell).not.toMatch(UUID)
        expect(awards).toEqual(expect.arrayContaining(['公示测试奖']))
      })

      await step('the filter offers award, year and notice status', admin, async () => {
        await page.click('#toggle-list-filters')
        await page.locator('.where-builder__add-first-filter').click()
        await page.locator('.condition__field .rs__control').click()
        await page.locator('.rs__menu .rs__option').first().waitFor()
        const options = await page.locator('.rs__menu .rs__option').allInnerTexts()
        for (const label of ['奖项', '年度', '公示状态']) {
          expect(options.map((option) => option.trim())).toContain(label)
        }
        await page.keyboard.press('Escape')
      })

      await step(
        'filtered by notice status, award and year: the roster in notice',
        admin,
        async () => {
          const where = new URLSearchParams({
            'where[or][0][and][0][noticeStatus][equals]': 'in_notice',
            'where[or][0][and][1][award][equals]': award.id,
            'where[or][0][and][2][year][equals]': '2031',
          })
          await open(`?${where}`)
          await page.locator('.collection-list').waitFor()
          await expect(listRows(page).count()).resolves.toBe(2)
          const cells = await page.locator('td.cell-noticeStatus').allInnerTexts()
          expect(cells.map((cell) => cell.trim())).toEqual(['公示中', '公示中'])
          const shown = await page.locator('td.cell-name').allInnerTexts()
          expect(shown.map((cell) => cell.trim()).sort()).toEqual([...names].sort())
        },
      )

      expect(admin.problems).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )
})
