/**
 * The editorial calendar (日历) in a real Chromium against the production build with the demo
 * content (`npm run test:e2e`): a reviewer finds an event's scheduled publication on its day in the
 * week and month views, drags it to another day, and the workflow moves the schedule; the same
 * with the keyboard through the entry's 改期 button; an editor sees the same entry but can move it
 * neither way. No page may log a console error or see an answer of 400
 * or above to its own requests.
 */
import { describe, expect, it } from '@jest/globals'

import { dayKeyOf } from '../../src/calendar/grid'

import { logIn } from './support/admin'
import type { Session } from './support/browser'
import { evidenceRecorder, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
const EDITOR = 'editor1@kexie.test'
const REVIEWER = 'reviewer@kexie.test'
const ZONE = 'Asia/Shanghai'
const DAY = 86_400_000

const scenario = setUpBrowserScenario()

/** A REST call as a demo account, outside any page. */
const api = async (email: string, path: string, body?: unknown) => {
  const login = await fetch(`${scenario.stack.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: scenario.password(email) }),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${scenario.stack.url}/api${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`)
  return json
}

/** The weekday of a day key, Monday 1 … Sunday 7. */
const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7

const entry = (session: Session, day: string, id: string) =>
  session.page.locator(`[data-day="${day}"] li[data-kind="publish"][data-id="${id}"]`)

describe('the editorial calendar', () => {
  it(
    'a reviewer moves a scheduled publication by dragging it or with the keyboard; an editor cannot',
    async () => {
      const { step } = evidenceRecorder('calendar')
      // Scheduled at 10:00 in the newsroom's zone two days from now, moved to a day of the same week.
      const scheduledDay = dayKeyOf(new Date(Date.now() + 2 * DAY), ZONE)
      const shift = weekdayOf(scheduledDay) === 7 ? -1 : 1
      const targetDay = dayKeyOf(
        new Date(Date.parse(`${scheduledDay}T12:00:00Z`) + shift * DAY),
        'UTC',
      )
      const publishAt = new Date(`${scheduledDay}T10:00:00+08:00`).toISOString()
      const movedTo = new Date(`${targetDay}T10:00:00+08:00`).toISOString()

      const { doc } = (await api(EDITOR, '/events', {
        title: '日历拖动测试讲座',
        startDate: new Date(Date.now() + 5 * DAY).toISOString(),
      })) as { doc: { id: string } }
      await api(EDITOR, `/workflow/events/${doc.id}`, { action: 'submit' })
      await api(REVIEWER, `/workflow/events/${doc.id}`, { action: 'publish', publishAt })

      const reviewer = await scenario.open('reviewer', 'zh-CN', { timezoneId: ZONE })
      await logIn(reviewer, scenario.stack.url, REVIEWER, scenario.password(REVIEWER))
      reviewer.problems.length = 0
      const { page } = reviewer

      await step('the navigation leads to the calendar', reviewer, async () => {
        await page.click('#nav-calendar')
        await page.waitForURL((url) => url.pathname === '/admin/calendar')
        await page.locator('.kx-calendar__grid--month').waitFor()
        await waitForText(page.locator('.kx-calendar h1'), '日历')
        expect(reviewer.problems).toEqual([])
      })

      await step('the month shows the publication on its day', reviewer, async () => {
        await page.goto(`${scenario.stack.url}/admin/calendar?date=${scheduledDay}`, {
          waitUntil: 'networkidle',
        })
        const item = entry(reviewer, scheduledDay, doc.id)
        await waitForText(item, '日历拖动测试讲座')
        await waitForText(item, '10:00')
        expect(await item.getAttribute('draggable')).toBe('true')
        // What waits for review is listed above the grid with how long it has waited.
        await waitForText(page.locator('.kx-calendar__waiting'), '等待审核')
        expect(reviewer.problems).toEqual([])
      })

      await step('the week view, dragged to another day', reviewer, async () => {
        await page.goto(`${scenario.stack.url}/admin/calendar?view=week&date=${scheduledDay}`, {
          waitUntil: 'networkidle',
        })
        expect(await page.locator('.kx-calendar__day').count()).toBe(7)
        await entry(reviewer, scheduledDay, doc.id).dragTo(
          page.locator(`[data-day="${targetDay}"]`),
        )
        await waitForText(page.locator('.kx-calendar__message'), '已改到')
        await entry(reviewer, targetDay, doc.id).waitFor()
        expect(await entry(reviewer, scheduledDay, doc.id).count()).toBe(0)
        expect(reviewer.problems).toEqual([])
      })

      await step('with the keyboard, moved back with its 改期 button', reviewer, async () => {
        const button = page.getByRole('button', { name: '改期：日历拖动测试讲座' })
        await button.focus()
        await page.keyboard.press('Enter')
        const day = page.locator('.kx-calendar__reschedule-form input[name="day"]')
        await day.waitFor()
        expect(await day.evaluate((input) => input === document.activeElement)).toBe(true)
        await day.fill(scheduledDay)
        await page.keyboard.press('Enter')
        await entry(reviewer, scheduledDay, doc.id).waitFor()
        expect(await entry(reviewer, targetDay, doc.id).count()).toBe(0)
        await waitForText(page.locator('.kx-calendar__message'), '已改到')
        expect(reviewer.problems).toEqual([])
      })
      await step('and dragged to the other day again', reviewer, async () => {
        await entry(reviewer, scheduledDay, doc.id).dragTo(
          page.locator(`[data-day="${targetDay}"]`),
        )
        await entry(reviewer, targetDay, doc.id).waitFor()
        expect(reviewer.problems).toEqual([])
      })

      const query = new URLSearchParams({
        from: new Date(Date.now() - DAY).toISOString(),
        to: new Date(Date.now() + 14 * DAY).toISOString(),
        collection: 'events',
      })
      const { entries } = (await api(REVIEWER, `/workflow/calendar?${query}`)) as {
        entries: { kind: string; id: string; at: string }[]
      }
      expect(entries.find((item) => item.kind === 'publish' && item.id === doc.id)?.at).toBe(
        movedTo,
      )

      const editor = await scenario.open('editor', 'zh-CN', { timezoneId: ZONE })
      await logIn(editor, scenario.stack.url, EDITOR, scenario.password(EDITOR))
      editor.problems.length = 0
      await step('an editor sees it but cannot drag it', editor, async () => {
        await editor.page.goto(`${scenario.stack.url}/admin/calendar?view=week&date=${targetDay}`, {
          waitUntil: 'networkidle',
        })
        const item = entry(editor, targetDay, doc.id)
        await waitForText(item, '日历拖动测试讲座')
        expect(await item.getAttribute('draggable')).toBe('false')
        expect(await item.locator('.kx-calendar__reschedule').count()).toBe(0)
        expect(editor.problems).toEqual([])
      })
    },
    SCENARIO_TIMEOUT_MS,
  )
})
