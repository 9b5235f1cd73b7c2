/**
 * The compliance gate in a real Chromium, through the Chinese admin UI, against the production
 * build: an editor writes an article with a term of the sample list's block rules, sees the
 * finding highlighted in the workflow panel, is refused (409) on submitting, fixes the text and
 * submits again. Every step leaves a screenshot under test-results/e2e/compliance/. The page must
 * log no console error and none of its own requests may fail, except the one expected refusal.
 */
import { describe, expect, it } from '@jest/globals'
import type { Response } from 'playwright-core'

import { logIn, waitForStage } from './support/admin'
import type { Session } from './support/browser'
import { evidenceRecorder, isBrowserOwn, UI_TIMEOUT_MS, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
// A block rule of the shipped sample list (src/compliance/sample.ts).
const BLOCKED = '全网最低价'
const TITLE = '青岛市科技馆暑期科学营开始报名'

const scenario = setUpBrowserScenario()
const { password } = scenario
let editor: Session
const failures: string[] = []

describe('the compliance gate in the admin UI', () => {
  it(
    'shows an editor the blocked term, refuses the submission, and lets the fixed text through',
    async () => {
      const { step } = evidenceRecorder('compliance')
      editor = await scenario.open('editor')
      const { page } = editor
      let id = ''
      let refusals = 0
      // The page's own requests: every 4xx/5xx is a failure but the submission's expected 409.
      page.on('response', (response: Response) => {
        if (!response.url().startsWith(scenario.stack.url) || response.status() < 400) return
        if (isBrowserOwn(response.url())) return
        const isExpected =
          response.status() === 409 &&
          response.request().method() === 'POST' &&
          /\/api\/workflow\/articles\//.test(response.url())
        if (isExpected) refusals += 1
        else failures.push(`${response.status()} ${response.request().method()} ${response.url()}`)
      })
      page.on('console', (message) => {
        // Chromium reports the refused request itself as a console error: that one is expected.
        if (
          message.type() === 'error' &&
          !/status of 409/.test(message.text()) &&
          !isBrowserOwn(message.location().url)
        ) {
          failures.push(`console: ${message.text()}`)
        }
      })
      page.on('pageerror', (error) => failures.push(`pageerror: ${error.message}`))

      await step('editor logs in', editor, () =>
        logIn(editor, scenario.stack.url, 'editor1@kexie.test', password('editor1@kexie.test')),
      )

      await step('editor writes an article with a blocked term and saves it', editor, async () => {
        await page.goto(`${scenario.stack.url}/admin/collections/articles/create`, {
          waitUntil: 'networkidle',
        })
        await page.fill('#field-title', TITLE)
        await page.locator('[data-lexical-editor="true"]').first().click()
        await page.keyboard.type(`营期五天，费用${BLOCKED}，欢迎报名。`)
        await page.click('#action-save-draft')
        await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
        id = page.url().split('/').pop() ?? ''
        await waitForStage(page, 'draft')
      })

      await step(
        'the panel shows the finding, highlighted, before submitting',
        editor,
        async () => {
          const finding = page.locator('.kx-compliance__finding--block')
          await waitForText(finding.locator('mark'), BLOCKED)
          await waitForText(finding, '费用')
          await waitForText(page.locator('.kx-compliance__blocked'), '有禁用内容')
          const field = page.locator('.kx-compliance__field').first()
          expect(await field.getAttribute('href')).toBe('#field-content')
          // The field by its label in the admin language, not its path.
          expect((await field.textContent())?.trim()).toBe('正文（中文）')
        },
      )

      await step('submitting is refused with the findings', editor, async () => {
        await page.click('#kx-wf-submit')
        await page.locator('.kx-wf-action-dialog').waitFor()
        const refused = page.waitForResponse(
          (response) =>
            response.url().includes(`/api/workflow/articles/${id}`) &&
            response.request().method() === 'POST',
        )
        await page.click('#kx-wf-confirm')
        expect((await refused).status()).toBe(409)
        await page.locator('.kx-wf-action-dialog').waitFor({ state: 'hidden' })
        await waitForText(page.locator('.kx-compliance__finding--block mark'), BLOCKED)
        await waitForStage(page, 'draft')
      })

      await step('editor jumps to the field, fixes the text and saves', editor, async () => {
        await page.locator('.kx-compliance__field').first().click()
        const body = page.locator('[data-lexical-editor="true"]').first()
        const fixed = '营期五天，费用详见报名通知，欢迎报名。'
        await body.click()
        // Lexical takes the selection and the deletion as two updates: wait for the empty editor
        // before typing, and for the whole new text before saving.
        await page.keyboard.press('ControlOrMeta+a')
        await page.keyboard.press('Backspace')
        await body.filter({ hasNotText: BLOCKED }).waitFor()
        await page.keyboard.type(fixed)
        await waitForText(body, fixed)
        const saved = page.waitForResponse(
          (response) =>
            response.url().includes(`/api/articles/${id}`) && response.request().method() !== 'GET',
        )
        await page.click('#action-save-draft')
        expect((await saved).status()).toBe(200)
        await waitForText(page.locator('.kx-compliance__clean'), '未发现问题')
      })

      await step('the 检查 button confirms it is clean', editor, async () => {
        const checked = page.waitForResponse((response) =>
          response.url().includes('/api/compliance/check'),
        )
        await page.click('#kx-compliance-check')
        expect((await checked).status()).toBe(200)
        await waitForText(page.locator('.kx-compliance__clean'), '未发现问题')
      })

      await step('editor submits again, and it goes to review', editor, async () => {
        await page.click('#kx-wf-submit')
        await page.locator('.kx-wf-action-dialog').waitFor()
        await page.click('#kx-wf-confirm')
        await page.locator('.kx-wf-action-dialog').waitFor({ state: 'hidden' })
        await waitForStage(page, 'in_review')
      })

      expect(refusals).toBe(1)
      expect(failures).toEqual([])
    },
    SCENARIO_TIMEOUT_MS + UI_TIMEOUT_MS,
  )
})
