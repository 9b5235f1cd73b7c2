/**
 * The workflow's admin UI in Chromium, against the development server with its demo content.
 * Not part of `npm test` (jest.config.js leaves tests/e2e out): it compiles the admin with
 * `next dev`, which takes minutes, and only one `next dev` may run in a tree at a time. Run it
 * with
 *   NODE_OPTIONS=--experimental-vm-modules npx jest tests/e2e --testPathIgnorePatterns=/node_modules/
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

import { freshDatabaseUri } from '../helpers/database'
import type { ServerProcess } from '../helpers/server'
import { startServer } from '../helpers/server'

const PAGE_TIMEOUT = 180_000

let server: ServerProcess
let browser: Browser
const passwords = new Map<string, string>()

beforeAll(async () => {
  server = await startServer(
    {
      mode: 'development',
      env: { DATABASE_URI: freshDatabaseUri('workflow-admin-e2e'), PAYLOAD_SECRET: 'kexie-e2e' },
    },
    240_000,
  )
  // The demo accounts' one-time passwords are printed once, at the first start.
  for (const match of server.stdout().matchAll(/^\s+\S+\s+(\S+@kexie\.test)\s+(\S+)$/gm)) {
    passwords.set(match[1], match[2])
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Session = { context: BrowserContext; page: Page; token: string }

/** A browser session logged in as a demo account, in the Chinese admin. */
const sessionAs = async (email: string): Promise<Session> => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1400, height: 1000 },
  })
  const login = await context.request.post(`${server.url}/api/users/login`, {
    data: { email, password: passwords.get(email) },
  })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const page = await context.newPage()
  page.setDefaultTimeout(PAGE_TIMEOUT)
  return { context, page, token }
}

/** The REST API as the session's user (a token: the cookie is for the browser's own requests). */
const apiAs = async (session: Session, method: 'GET' | 'POST', path: string, data?: unknown) => {
  const response = await session.context.request.fetch(`${server.url}/api${path}`, {
    method,
    data,
    headers: { Authorization: `JWT ${session.token}` },
  })
  return response.json() as Promise<Record<string, unknown>>
}

const open = async (page: Page, path: string) => {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT })
}

const actionButtons = (page: Page) =>
  page.$$eval('.kx-wf-actions button', (buttons) => buttons.map((button) => button.id))

/** A seeded document in review. */
const seededInReview = async (session: Session, collection: string) => {
  const { docs } = (await apiAs(
    session,
    'GET',
    `/${collection}?draft=true&depth=0&where[workflowStage][equals]=in_review`,
  )) as { docs: { id: string }[] }
  expect(docs.length).toBeGreaterThan(0)
  return docs[0].id
}

describe('workflow admin UI', () => {
  it(
    'offers an editor submit, and no publish, on a draft they wrote',
    async () => {
      const editor = await sessionAs('editor1@kexie.test')
      const { doc } = (await apiAs(editor, 'POST', '/events', {
        title: '编辑甲的新活动',
        startDate: '2030-05-20T01:00:00.000Z',
      })) as { doc: { id: string } }
      await open(editor.page, `/admin/collections/events/${doc.id}`)
      expect(await actionButtons(editor.page)).toEqual(['kx-wf-submit'])
      expect(await editor.page.$('#action-save')).toBeNull()
      expect(await editor.page.$('#action-save-draft')).not.toBeNull()
      await editor.context.close()
    },
    PAGE_TIMEOUT * 2,
  )

  it(
    'offers a reviewer approve, request changes and publish on a document in review',
    async () => {
      const reviewer = await sessionAs('reviewer@kexie.test')
      const id = await seededInReview(reviewer, 'events')
      await open(reviewer.page, `/admin/collections/events/${id}`)
      expect(await actionButtons(reviewer.page)).toEqual(
        expect.arrayContaining(['kx-wf-approve', 'kx-wf-request_changes', 'kx-wf-publish']),
      )
      expect(await reviewer.page.innerText('.kx-wf-panel .kx-stage')).toBe('审核中')
      expect(await reviewer.page.$('#action-save')).toBeNull()
      await reviewer.context.close()
    },
    PAGE_TIMEOUT,
  )

  it(
    'shows an editor a document in review as locked, and asks a comment to request changes',
    async () => {
      const reviewer = await sessionAs('reviewer@kexie.test')
      const id = await seededInReview(reviewer, 'award-recipients')
      const editor = await sessionAs('editor2@kexie.test')
      await open(editor.page, `/admin/collections/award-recipients/${id}`)
      expect(await editor.page.innerText('.kx-wf-notice')).toContain('撤回后才能编辑')
      expect(await editor.page.$('#action-save-draft')).toBeNull()

      await open(reviewer.page, `/admin/collections/award-recipients/${id}`)
      await reviewer.page.click('#kx-wf-request_changes')
      await reviewer.page.click('#kx-wf-confirm')
      expect(await reviewer.page.innerText('.kx-wf-dialog__error')).toContain('须填写意见')
      await reviewer.page.fill('.kx-wf-dialog textarea', '请补充获奖理由。')
      await reviewer.page.click('#kx-wf-confirm')
      await reviewer.page.waitForSelector('.kx-wf-panel .kx-stage--changes_requested')

      await open(editor.page, `/admin/collections/award-recipients/${id}`)
      expect(await editor.page.innerText('.kx-wf-notice')).toContain('请补充获奖理由。')
      expect(await actionButtons(editor.page)).toContain('kx-wf-submit')
      await reviewer.context.close()
      await editor.context.close()
    },
    PAGE_TIMEOUT * 2,
  )

  it(
    'lists the documents waiting for review in the review queue, and counts them on the dashboard',
    async () => {
      const { context, page } = await sessionAs('admin@kexie.test')
      await open(page, '/admin/review-queue')
      const rows = await page.$$eval('.kx-wf-queue-table tbody tr', (trs) => trs.length)
      expect(rows).toBeGreaterThanOrEqual(2)
      expect(await page.innerText('.kx-wf-queue-table')).toContain('聚焦科普阵地建设')

      await open(page, '/admin')
      const counts = await page.$$eval('.kx-wf-widget__counts tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
      )
      expect(counts).toHaveLength(6)
      expect(counts.find(([label]) => label === '新闻')?.[2]).toBe('1')
      await context.close()
    },
    PAGE_TIMEOUT * 2,
  )
})
