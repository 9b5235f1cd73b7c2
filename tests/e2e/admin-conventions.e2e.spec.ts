/**
 * How the admin presents itself to staff, in a real Chromium against the production build with the
 * demo content (`npm run test:e2e`): one date format, the API tab for admins only, our name for the
 * account's interface settings, readable review history, filters without the workflow's
 * bookkeeping, version lists titled by the document, the navigation open on a 1440×900 laptop, and
 * the review queue's two tabs with their counts.
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { logIn } from './support/admin'
import { evidenceRecorder, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'
import { zhWallClock } from '../helpers/wallClock'

const SCENARIO_TIMEOUT_MS = 10 * 60_000

const scenario = setUpBrowserScenario()

const { password } = scenario

const ADMIN = 'admin@kexie.test'
const EDITOR = 'editor1@kexie.test'
const REVIEWER = 'reviewer@kexie.test'

/** `2026年12月6日 18:37`: date-fns' `PPP HH:mm` in Chinese. */
const ZH_DATE_TIME = /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/
/** What Payload's default format (`MMMM do yyyy, h:mm a`) reads like in Chinese. */
const DEFAULT_FORMAT = /[上下]午|[一二三四五六七八九十]+月/
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

/**
 * The browsers run in UTC while the admin shows Asia/Shanghai (ADMIN_TIME_ZONE's default), so a
 * date in the browser's own zone is told apart from the admin's.
 */
const BROWSER_ZONE = 'UTC'
const ADMIN_ZONE = 'Asia/Shanghai'

/** The admin's own date of a UTC instant, as Intl reads it in the admin's zone. */
const adminWallClock = (iso: string) => zhWallClock(iso, ADMIN_ZONE)

const start = async (label: string, email: string) => {
  const session = await scenario.open(label, 'zh-CN', { timezoneId: BROWSER_ZONE })
  await logIn(session, scenario.stack.url, email, password(email))
  return session
}

const pageGet = async (page: Page, path: string): Promise<Record<string, unknown>> => {
  const { status, body } = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    return { status: response.status, body: await response.text() }
  }, path)
  if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${body}`)
  return JSON.parse(body) as Record<string, unknown>
}

/** The most recently changed article with a Chinese title, as the admin reads it. */
const someArticle = async (page: Page) => {
  const query = new URLSearchParams({
    depth: '0',
    draft: 'true',
    locale: 'zh',
    limit: '1',
    sort: '-updatedAt',
    'where[title][exists]': 'true',
  })
  const { docs } = (await pageGet(page, `/api/articles?${query}`)) as {
    docs: { id: string; title: string; updatedAt: string }[]
  }
  expect(docs[0]?.title).toBeTruthy()
  return docs[0]
}

const goto = (page: Page, path: string) =>
  page.goto(`${scenario.stack.url}/admin${path}`, { waitUntil: 'networkidle' })

describe('admin conventions', () => {
  it(
    'dates, the API tab, the account page, history, filters and versions, as admin and editor',
    async () => {
      const { step } = evidenceRecorder('admin conventions')
      const admin = await start('admin', ADMIN)
      const editor = await start('editor', EDITOR)
      const article = await someArticle(admin.page)

      await step('the articles list shows dates as 2026年12月6日 18:37', admin, async () => {
        const { page } = admin
        await goto(page, '/collections/articles')
        const cells = await page.locator('.collection-list td.cell-updatedAt').allInnerTexts()
        expect(cells.length).toBeGreaterThan(0)
        for (const cell of cells) {
          expect(cell).toMatch(ZH_DATE_TIME)
          expect(cell).not.toMatch(DEFAULT_FORMAT)
        }
      })

      await step(
        'a list date cell reads the Shanghai time of the UTC instant the API gives',
        admin,
        async () => {
          const { page } = admin
          // The API stays UTC.
          expect(article.updatedAt).toMatch(/Z$/)
          await goto(page, '/collections/articles?sort=-updatedAt&limit=10')
          const row = page.locator('.collection-list tbody tr', {
            has: page.locator(`a[href$="/collections/articles/${article.id}"]`),
          })
          await waitForText(row.locator('td.cell-updatedAt'), adminWallClock(article.updatedAt))
        },
      )

      await step(
        'the document header shows the same format; the admin has the API tab',
        admin,
        async () => {
          const { page } = admin
          await goto(page, `/collections/articles/${article.id}`)
          const meta = page.locator('.doc-controls__meta')
          await meta.waitFor()
          const text = await meta.innerText()
          expect(text).toMatch(ZH_DATE_TIME)
          expect(text).not.toMatch(DEFAULT_FORMAT)
          expect(await page.locator(`.doc-header a[href$="/${article.id}/api"]`).count()).toBe(1)
        },
      )

      await step(
        'the workflow panel’s history shows the same format, in Shanghai time',
        admin,
        async () => {
          const { page } = admin
          const query = new URLSearchParams({
            depth: '0',
            limit: '1',
            sort: '-occurredAt',
            'where[documentCollection][equals]': 'articles',
          })
          const { docs } = (await pageGet(page, `/api/workflow-events?${query}`)) as {
            docs: { documentId: string; occurredAt: string }[]
          }
          const [event] = docs
          expect(event?.occurredAt).toMatch(/Z$/)
          await goto(page, `/collections/articles/${event.documentId}`)
          const time = page.locator(`.kx-wf-history__list time[datetime="${event.occurredAt}"]`)
          await waitForText(time, adminWallClock(event.occurredAt))
          for (const text of await page.locator('.kx-wf-history__list time').allInnerTexts()) {
            expect(text).toMatch(ZH_DATE_TIME)
          }
        },
      )

      await step('an editor has no API tab', editor, async () => {
        const { page } = editor
        await goto(page, `/collections/articles/${article.id}`)
        await page.locator('.doc-header').waitFor()
        await page.locator('.doc-controls__meta').waitFor()
        expect(await page.locator('.doc-header a[href$="/api"]').count()).toBe(0)
        expect(await page.locator('.doc-header').innerText()).not.toMatch(/^API$/m)
      })

      await step('the account page says 界面设置, not Payload', editor, async () => {
        const { page } = editor
        await goto(page, '/account')
        await waitForText(page.locator('main'), '界面设置')
        expect(await page.locator('main').innerText()).not.toMatch(/Payload/)
      })

      await step('审核记录 shows the document title and the collection name', admin, async () => {
        const { page } = admin
        await goto(page, '/collections/workflow-events')
        await page.locator('.collection-list').waitFor()
        const documents = await page.locator('td.cell-documentId').allInnerTexts()
        const collections = await page.locator('td.cell-documentCollection').allInnerTexts()
        expect(documents.length).toBeGreaterThan(0)
        for (const cell of documents) {
          expect(cell.trim()).not.toBe('')
          expect(cell).not.toMatch(UUID)
        }
        expect(
          await page.locator('td.cell-documentId a[href*="/admin/collections/"]').count(),
        ).toBe(documents.length)
        const slugs = ['articles', 'events', 'awards', 'award-recipients']
        for (const cell of collections) expect(slugs).not.toContain(cell.trim())
        expect(collections).toEqual(expect.arrayContaining(['新闻']))
      })

      await step('the articles filter offers no review bookkeeping', admin, async () => {
        const { page } = admin
        await goto(page, '/collections/articles')
        await page.click('#toggle-list-filters')
        await page.locator('.where-builder__add-first-filter').click()
        await page.locator('.condition__field .rs__control').click()
        await page.locator('.rs__menu .rs__option').first().waitFor()
        // Each option with the heading of the group it is listed under, if any.
        const options = await page.$$eval('.rs__menu .rs__option', (nodes) =>
          nodes.map((node) => {
            const group = node.closest('.rs__group')?.querySelector('.rs__group-heading')
            return `${group?.textContent ?? ''} ${node.textContent ?? ''}`.trim()
          }),
        )
        expect(options.length).toBeGreaterThan(3)
        expect(options).toEqual(expect.arrayContaining([expect.stringContaining('标题')]))
        expect(options.filter((option) => /修订序号/.test(option))).toEqual([])
        expect(options.filter((option) => /本轮审核.*\bID\b/.test(option))).toEqual([])
        await page.keyboard.press('Escape')
      })

      await step('the versions list is titled by the document, not its id', admin, async () => {
        const { page } = admin
        await goto(page, `/collections/articles/${article.id}/versions`)
        await page.locator('.versions').waitFor()
        const title = page.locator('.doc-header .render-title')
        await waitForText(title, article.title)
        expect(await title.innerText()).not.toMatch(UUID)
        expect(await page.locator('.step-nav').innerText()).toContain(article.title)
        expect(await page.locator('.step-nav').innerText()).not.toContain(article.id)
        expect(await page.title()).not.toContain(article.id)
      })

      await step('a version of it is titled by the document too', admin, async () => {
        const { page } = admin
        await page.locator('.versions table tbody tr a').first().click()
        await page.waitForURL(new RegExp(`/${article.id}/versions/[^/?#]+`))
        const title = page.locator('.doc-header .render-title')
        await waitForText(title, article.title)
        await waitForText(page.locator('.step-nav'), article.title)
        expect(await page.locator('.step-nav').innerText()).not.toContain(article.id)
      })

      expect(admin.problems).toEqual([])
      expect(editor.problems).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )

  it(
    'the navigation is open on a 1440×900 screen',
    async () => {
      const { step } = evidenceRecorder('admin navigation 1440x900')
      const session = await scenario.open('editor-1440')
      await session.page.setViewportSize({ width: 1440, height: 900 })
      await logIn(session, scenario.stack.url, EDITOR, password(EDITOR))
      await step('the navigation is open beside the content', session, async () => {
        const { page } = session
        await goto(page, '/collections/articles')
        await page.locator('.template-default--nav-hydrated.template-default--nav-open').waitFor()
        // Another collection's link: the current page's is rendered as text, not as a link.
        const link = page.locator('.nav a.nav__link[href$="/admin/collections/categories"]')
        await link.waitFor({ state: 'visible' })
        const box = await link.boundingBox()
        expect(box && box.x >= 0 && box.x + box.width <= 1440).toBe(true)
        // Beside, not over: the list starts to the right of the navigation.
        const nav = await page.locator('.nav').boundingBox()
        const list = await page.locator('.collection-list').boundingBox()
        expect(nav && list && list.x >= nav.x + nav.width - 1).toBe(true)
      })
      await step('and stays open on the next page', session, async () => {
        const { page } = session
        await goto(page, '/review-queue')
        await page.locator('.template-default--nav-hydrated.template-default--nav-open').waitFor()
        await page.locator('#nav-review-queue').waitFor({ state: 'visible' })
      })
      expect(session.problems).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )

  it(
    'the review queue splits into 等我处理 and 等待他人, counted in the navigation',
    async () => {
      const { step } = evidenceRecorder('review queue tabs')
      const reviewer = await start('reviewer', REVIEWER)
      const editor = await start('editor-queue', EDITOR)

      const navCounts = async (page: Page) => {
        const counts = page.locator('#nav-review-queue .kx-wf-nav-counts')
        await counts.waitFor({ state: 'attached' })
        return {
          mine: Number(await counts.getAttribute('data-mine')),
          others: Number(await counts.getAttribute('data-others')),
        }
      }
      const rows = (page: Page) => page.locator('.kx-wf-queue-table tbody tr')
      const openTab = async (page: Page, tab: 'mine' | 'others') => {
        await page.locator(`.kx-wf-queue__tab--${tab}`).click()
        await page.locator(`.kx-wf-queue__tab--${tab}[aria-selected="true"]`).waitFor()
        await page.waitForLoadState('networkidle')
      }
      const expectRowsWithLevelAndWait = async (page: Page) => {
        if ((await rows(page).count()) > 0) {
          const headings = await page.locator('.kx-wf-queue-table thead th').allInnerTexts()
          expect(headings).toEqual(expect.arrayContaining(['等待', '等待时长']))
        }
        for (const cells of await rows(page).evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.innerText)),
        )) {
          expect(cells.join(' ')).toMatch(/第\d审（共\d审）|发布/)
          expect(cells[cells.length - 1]).toMatch(/^\d+\s*(天|小时|分钟)$/)
        }
      }

      const reviewerCounts = await step('a reviewer: 等我处理', reviewer, async () => {
        const { page } = reviewer
        await goto(page, '/review-queue')
        await page.locator('.kx-wf-queue__tab--mine[aria-selected="true"]').waitFor()
        const counts = await navCounts(page)
        // The demo drafts in review were submitted by an editor: the reviewer may act on them.
        expect(counts.mine).toBeGreaterThan(0)
        expect(await rows(page).count()).toBe(counts.mine)
        await expectRowsWithLevelAndWait(page)
        return counts
      })

      await step('a reviewer: 等待他人', reviewer, async () => {
        const { page } = reviewer
        await openTab(page, 'others')
        expect(await rows(page).count()).toBe(reviewerCounts.others)
        await expectRowsWithLevelAndWait(page)
      })

      await step('an editor acts on nothing: 等我处理 is empty', editor, async () => {
        const { page } = editor
        await goto(page, '/review-queue')
        const counts = await navCounts(page)
        expect(counts).toEqual({ mine: 0, others: reviewerCounts.mine + reviewerCounts.others })
        expect(await rows(page).count()).toBe(0)
        await waitForText(page.locator('.kx-wf-queue__empty'), '没有等您处理的文档')
      })

      await step('an editor: 等待他人 holds what the editor submitted', editor, async () => {
        const { page } = editor
        await openTab(page, 'others')
        expect(await rows(page).count()).toBe(reviewerCounts.mine + reviewerCounts.others)
        await expectRowsWithLevelAndWait(page)
      })

      expect(reviewer.problems).toEqual([])
      expect(editor.problems).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )
})
