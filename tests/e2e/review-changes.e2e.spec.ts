/**
 * What changed, for a reviewer, in a real Chromium against the production build: an editor
 * rewrites a sentence of a published article and submits it; the reviewer follows 查看改动 from
 * the workflow panel to Payload's version comparison with the live version, which marks the
 * removed and the added words and shows none of the review's bookkeeping. Screenshots of every
 * step land under test-results/e2e/review-changes/.
 */
import { describe, expect, it } from '@jest/globals'

import { logIn, openDocument, takeAction, waitForStage } from './support/admin'
import { evidenceRecorder, waitForText } from './support/browser'
import { richText } from '../helpers/content'

import { restClient } from './support/rest'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000

const scenario = setUpBrowserScenario()
const { password } = scenario

const LIVE_SENTENCE = '讲座定于周六上午在科技馆举行。'
// No character in common with the live sentence: the comparison marks Chinese text by character.
const REVISED_SENTENCE = '活动改到明晚七点网络直播。'

const { tokenOf, call } = restClient(scenario)

/** A published article, taken through the workflow over REST (set-up, not the behaviour). */
const publishedArticle = async (): Promise<string> => {
  const editor = await tokenOf('editor1@kexie.test')
  const reviewer = await tokenOf('reviewer@kexie.test')
  const admin = await tokenOf('admin@kexie.test')
  const created = await call(editor, 'POST', '/articles?draft=true&depth=0', {
    title: '少儿科普讲座时间地点',
    content: richText(`欢迎家长带孩子参加。${LIVE_SENTENCE}`),
  })
  const id = (created.doc as { id: string }).id
  await call(editor, 'POST', `/workflow/articles/${id}`, { action: 'submit' })
  await call(reviewer, 'POST', `/workflow/articles/${id}`, { action: 'approve' })
  await call(admin, 'POST', `/workflow/articles/${id}`, { action: 'approve' })
  await call(reviewer, 'POST', `/workflow/articles/${id}`, { action: 'publish' })
  return id
}

describe('what changed, for a reviewer', () => {
  it(
    'the reviewer opens 查看改动 and sees the changed sentence marked against the live version',
    async () => {
      const { step } = evidenceRecorder('review-changes')
      const editor = await scenario.open('editor')
      const reviewer = await scenario.open('reviewer')
      const id = await publishedArticle()

      await step('editor logs in', editor, () =>
        logIn(editor, scenario.stack.url, 'editor1@kexie.test', password('editor1@kexie.test')),
      )

      await step('editor rewrites a sentence of the published article', editor, async () => {
        const { page } = editor
        await openDocument(editor, scenario.stack.url, 'articles', id)
        const body = page.locator('[data-lexical-editor="true"]').first()
        await body.locator('p', { hasText: LIVE_SENTENCE }).waitFor()
        // Select the last sentence (the paragraph's end, back over it) and type the new one.
        await body.locator('p').first().click()
        await page.keyboard.press('End')
        for (let i = 0; i < LIVE_SENTENCE.length; i++) await page.keyboard.press('Shift+ArrowLeft')
        await page.keyboard.type(REVISED_SENTENCE)
        await body.locator('p', { hasText: REVISED_SENTENCE }).waitFor()
        await page.click('#action-save-draft')
        // The first edit of a published article starts a new draft of it.
        await waitForStage(page, 'draft')
      })

      await step('editor submits the revision', editor, () =>
        takeAction(editor.page, 'submit', 'in_review'),
      )

      await step('reviewer logs in', reviewer, () =>
        logIn(reviewer, scenario.stack.url, 'reviewer@kexie.test', password('reviewer@kexie.test')),
      )

      await step('reviewer sees 查看改动 in the workflow panel', reviewer, async () => {
        await openDocument(reviewer, scenario.stack.url, 'articles', id)
        const link = reviewer.page.locator('#kx-wf-changes')
        await waitForText(link, '查看改动')
        await waitForText(reviewer.page.locator('.kx-wf-changes'), '与线上版本相比')
      })

      await step(
        'reviewer reads the changed sentence marked in the comparison',
        reviewer,
        async () => {
          const { page } = reviewer
          reviewer.problems.length = 0
          await page.click('#kx-wf-changes')
          await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}\/versions\/[^/?]+\?/)
          const added = page.locator('[data-match-type="create"]')
          const removed = page.locator('[data-match-type="delete"]')
          await added.first().waitFor()
          const addedText = (await added.allInnerTexts()).join('')
          const removedText = (await removed.allInnerTexts()).join('')
          // The words that differ are marked; the sentence they share with the live text is not.
          expect(addedText).toContain('活动改到明晚七点网络直播')
          expect(removedText).toContain('讲座定于周六上午在科技馆举行')
          expect(addedText + removedText).not.toContain('欢迎家长带孩子参加')
          // Only content: none of the review's bookkeeping is compared.
          const comparison = await page.locator('.render-field-diffs').first().innerText()
          expect(comparison).not.toMatch(/审核信息|修订序号|审核状态|本轮审核/)
          expect(reviewer.problems).toEqual([])
        },
      )
    },
    SCENARIO_TIMEOUT_MS,
  )
})
