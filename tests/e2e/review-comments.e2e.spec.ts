/**
 * Review comments in the workflow panel, in a real Chromium against the production build: a
 * reviewer comments on the title of an article under review, quoting a passage and mentioning its
 * editor; resolves the comment and reopens it; then sends the article back with the comment cited,
 * and the history shows it. No console error and no answer of 400 or above to any request the
 * page makes. Screenshots of every step land under test-results/e2e/review-comments/.
 */
import { describe, expect, it } from '@jest/globals'

import { logIn, nextToastText, openDocument, waitForStage } from './support/admin'
import { evidenceRecorder, waitForText } from './support/browser'
import { richText } from '../helpers/content'

import { restClient } from './support/rest'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000

const scenario = setUpBrowserScenario()
const { password } = scenario

const EDITOR = 'editor1@kexie.test'
const REVIEWER = 'reviewer@kexie.test'
const PASSAGE = '约三千名市民'
const BODY = '标题中的人数请与正文核对并注明来源'

const { tokenOf, call } = restClient(scenario)

/** An article the editor wrote and submitted, over REST (set-up, not the behaviour). */
const articleUnderReview = async (): Promise<string> => {
  const editor = await tokenOf(EDITOR)
  const created = await call(editor, 'POST', '/articles?draft=true&depth=0', {
    title: `科技周开幕 ${PASSAGE}参加`,
    content: richText('本市科技活动周今天开幕。'),
  })
  const id = (created.doc as { id: string }).id
  await call(editor, 'POST', `/workflow/articles/${id}`, { action: 'submit' })
  return id
}

describe('review comments in the workflow panel', () => {
  it(
    'a reviewer comments on a field with a mention, resolves and reopens it, and sends the article back citing it',
    async () => {
      const { step } = evidenceRecorder('review-comments')
      const reviewer = await scenario.open('reviewer')
      const { page } = reviewer
      const id = await articleUnderReview()
      const comments = page.locator('#kx-review-comments')
      const comment = comments.locator('.kx-wf-comment', { hasText: BODY })

      await step('reviewer logs in and opens the article', reviewer, async () => {
        await logIn(reviewer, scenario.stack.url, REVIEWER, password(REVIEWER))
        await openDocument(reviewer, scenario.stack.url, 'articles', id)
        await waitForText(comments, '本轮还没有审核意见。')
        reviewer.problems.length = 0
      })

      await step(
        'reviewer comments on the title, quoting it and mentioning the editor',
        reviewer,
        async () => {
          const form = page.locator('#kx-comment-form')
          await form.locator('#field-kx-comment-field .react-select').click()
          await page.locator('.rs__option').getByText('标题', { exact: true }).click()
          await form.locator('#field-kx-comment-passage').fill(PASSAGE)
          await form.locator('#field-kx-comment-body').fill(BODY)
          await form.locator('#field-kx-comment-mentions .react-select').click()
          await page.locator('.rs__option', { hasText: '编辑甲（演示）' }).click()
          await page.click('#kx-comment-add')
          expect(await nextToastText(page)).toBe('已发表审核意见')
          await comment.waitFor()
          await waitForText(comment, '标题')
          await waitForText(comment.locator('.kx-wf-comment__passage'), PASSAGE)
          await waitForText(comment, '@编辑甲（演示）')
          await waitForText(comments.locator('.kx-wf-panel__label'), '1 条未解决')
        },
      )

      await step('the editor is told in the bell', reviewer, async () => {
        const editor = await tokenOf(EDITOR)
        const bell = await call(
          editor,
          'GET',
          `/notifications?depth=0&where[documentId][equals]=${id}&where[kind][equals]=mentioned`,
        )
        expect(bell.totalDocs).toBe(1)
      })

      await step('reviewer resolves the comment, then reopens it', reviewer, async () => {
        await comment.locator('button', { hasText: '标为已解决' }).click()
        await comments.locator('.kx-wf-comment--resolved', { hasText: BODY }).waitFor()
        await waitForText(comment, '已解决')
        await comment.locator('button', { hasText: '重新打开' }).click()
        await comments
          .locator('.kx-wf-comment:not(.kx-wf-comment--resolved)', { hasText: BODY })
          .waitFor()
      })

      await step('reviewer sends the article back, citing the open comment', reviewer, async () => {
        await page.click('#kx-wf-request_changes')
        const dialog = page.locator('.kx-wf-action-dialog')
        await dialog.waitFor()
        const cite = dialog.locator('#kx-wf-cite input[type="checkbox"]')
        expect(await cite.count()).toBe(1)
        expect(await cite.first().isChecked()).toBe(true)
        await waitForText(dialog.locator('#kx-wf-cite'), BODY)
        await dialog.locator('#field-kx-wf-comment').fill('请按审核意见修改')
        await page.click('#kx-wf-confirm')
        await dialog.waitFor({ state: 'hidden' })
        await waitForStage(page, 'changes_requested')
        const latest = page.locator('.kx-wf-history__item--request_changes').first()
        await waitForText(latest, '引用的审核意见')
        await waitForText(latest.locator('.kx-wf-history__cited'), BODY)
        expect(reviewer.problems).toEqual([])
      })
    },
    SCENARIO_TIMEOUT_MS,
  )
})
