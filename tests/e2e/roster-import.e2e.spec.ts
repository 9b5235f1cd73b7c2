/**
 * 导入获奖名单 in a real Chromium, through the Chinese admin UI, against the production build: an
 * editor opens an award, previews a sheet, sees the reported error marked in its cell, maps an
 * unrecognised column, uploads the corrected sheet with a photos zip, imports it (the award's
 * recipients list shows the new drafts at once) and follows the link to the release the import
 * made, sets a 7-day public notice, and submits it; a reviewer approves and publishes the release
 * as the notice, and the recipients are public, in notice, with the photo. During the notice the
 * reviewer withdraws one recipient with a reason (撤销公示, which an editor is not offered), and it
 * leaves the public roster. Fixture sheets are written here with exceljs, the photos zip with
 * sharp and fflate. Every step leaves a
 * screenshot under test-results/e2e/roster-import/; no page may log a console error or get a 4xx/5xx
 * answer to a request of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'
import sharp from 'sharp'

import { logIn, offeredActions, openDocument, takeAction, waitForStage } from './support/admin'
import { evidenceRecorder, UI_TIMEOUT_MS, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
// A year the seed's recipients do not use, so the roster is all new.
const YEAR = '2031'
// 所在学院 is no header the importer knows (docs/rosters.md#headers): the screen maps it.
const HEADERS = ['序号', '姓名', '性别', '所在学院', '职称']
const BROKEN_SHEET = [
  HEADERS,
  ['1', '林海', '男', '青岛大学物理学院', '教授'],
  ['2', '', '女', '中国海洋大学海洋生命学院', '研究员'],
  ['3', '高远', '男', '青岛科技大学化工学院', '副教授'],
]
const FIXED_SHEET = BROKEN_SHEET.map((row, index) =>
  index === 2 ? ['2', '苏晴', '女', '中国海洋大学海洋生命学院', '研究员'] : row,
)

const scenario = setUpBrowserScenario()
const { password } = scenario
const open = (label: string) => scenario.open(label)
let fixtures: string

const writeSheet = async (name: string, rows: string[][]) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名单')
  for (const row of rows) sheet.addRow(row)
  const file = path.join(fixtures, name)
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
  return file
}

/** A zip holding one small PNG named after a recipient (matched by name: the sheet has no 照片). */
const writePhotos = async (name: string, person: string) => {
  const png = await sharp({
    create: { width: 16, height: 16, channels: 3, background: '#1f6feb' },
  })
    .png()
    .toBuffer()
  const file = path.join(fixtures, name)
  writeFileSync(file, zipSync({ [`${person}.png`]: new Uint8Array(png) }))
  return file
}

type PublicRecipient = {
  id: string
  name: string
  affiliation: string
  noticeStatus: string
  noticeEndsAt: string
  photo: null | string
}

/** The year's roster of the award as an anonymous reader gets it. */
const publicRoster = async (awardId: string): Promise<PublicRecipient[]> => {
  const answer = await fetch(
    `${scenario.stack.url}/api/award-recipients?where[award][equals]=${awardId}&where[year][equals]=${YEAR}&sort=order&depth=0`,
  )
  expect(answer.status).toBe(200)
  return ((await answer.json()) as { docs: PublicRecipient[] }).docs
}

beforeAll(() => {
  fixtures = mkdtempSync(path.join(os.tmpdir(), 'kexie-roster-e2e-'))
})

afterAll(() => {
  if (fixtures) rmSync(fixtures, { recursive: true, force: true })
})

describe('importing an award roster through the admin screen', () => {
  it(
    'an editor previews, fixes and imports a sheet; a reviewer publishes its release',
    async () => {
      const { step } = evidenceRecorder('roster-import')
      const brokenSheet = await writeSheet('名单-有误.xlsx', BROKEN_SHEET)
      const fixedSheet = await writeSheet('名单-已改.xlsx', FIXED_SHEET)
      const photos = await writePhotos('照片.zip', '林海')
      const editor = await open('editor')
      const { page } = editor
      let awardId = ''
      let awardName = ''
      let releaseId = ''

      await step('editor logs in', editor, () =>
        logIn(editor, scenario.stack.url, 'editor1@kexie.test', password('editor1@kexie.test')),
      )

      await step('editor opens an award and finds 导入获奖名单', editor, async () => {
        // The test's own lookup (the editor's cookie), not a request of the page.
        const answer = await editor.context.request.get(
          `${scenario.stack.url}/api/awards?limit=1&sort=name&depth=0&draft=true`,
        )
        const { docs } = (await answer.json()) as { docs: { id: string; name: string }[] }
        awardId = String(docs[0].id)
        awardName = docs[0].name
        await openDocument(editor, scenario.stack.url, 'awards', awardId)
        await waitForText(page.locator('#kx-roster-panel h3'), '导入获奖名单')
        expect(await page.locator('#kx-roster-import').isDisabled()).toBe(true)
      })

      await step('the preview reports the empty name, marked in its cell', editor, async () => {
        await page.fill('#kx-roster-year', YEAR)
        await page.setInputFiles('#kx-roster-file', brokenSheet)
        await page.click('#kx-roster-preview')
        const errors = page.locator('.kx-roster-import__errors')
        await waitForText(errors, '第 3 行「姓名」为空')
        const cell = page.locator('tr[data-row="3"] td[data-field="name"]')
        expect(await cell.getAttribute('class')).toContain('kx-roster-import__cell--error')
        expect(await cell.getAttribute('title')).toBe('第 3 行「姓名」为空')
        await waitForText(page.locator('tr[data-row="2"] td[data-field="name"]'), '林海')
        // The unknown column is offered for mapping; a sheet with an error cannot be imported.
        await page.locator('select[data-header="所在学院"]').waitFor()
        expect(await page.locator('#kx-roster-import').isDisabled()).toBe(true)
      })

      await step('editor maps 所在学院 to 工作单位 and previews again', editor, async () => {
        await page.selectOption('select[data-header="所在学院"]', 'affiliation')
        await page.click('#kx-roster-preview')
        await waitForText(
          page.locator('tr[data-row="2"] td[data-field="affiliation"]'),
          '青岛大学物理学院',
        )
        await waitForText(page.locator('.kx-roster-import__errors'), '第 3 行「姓名」为空')
      })

      await step(
        'editor uploads the corrected sheet and a photos zip: the preview is clean',
        editor,
        async () => {
          await page.setInputFiles('#kx-roster-file', fixedSheet)
          await page.setInputFiles('#kx-roster-photos', photos)
          await page.click('#kx-roster-preview')
          await waitForText(page.locator('.kx-roster-import__clean'), '没有发现问题')
          await waitForText(
            page.locator('.kx-roster-import__summary'),
            '共 3 行，3 行无误；将新建 3 人',
          )
          await waitForText(page.locator('tr[data-row="3"] td[data-field="name"]'), '苏晴')
          expect(await page.locator('.kx-roster-import__cell--error').count()).toBe(0)
        },
      )

      await step('editor imports: three drafts and a link to the release', editor, async () => {
        const imported = page.waitForResponse(
          (response) =>
            response.url().endsWith('/api/award-recipients/import') &&
            response.request().method() === 'POST',
        )
        // The award's recipients list has none of them before the import.
        const recipients = page.locator('#field-recipients')
        await recipients.waitFor()
        expect(await recipients.textContent()).not.toContain('苏晴')
        await page.click('#kx-roster-import')
        expect((await imported).status()).toBe(201)
        await waitForText(page.locator('.kx-roster-import__done'), '新建 3 人')
        // ...and shows all three drafts after it, without a reload.
        for (const name of ['林海', '苏晴', '高远']) await waitForText(recipients, name)
        const href = (await page.locator('#kx-roster-release').getAttribute('href')) ?? ''
        releaseId = href.split('/').pop() ?? ''
        expect(href).toBe(`/admin/collections/releases/${releaseId}`)
      })

      await step('editor follows the link and submits the release', editor, async () => {
        await page.click('#kx-roster-release')
        await page.waitForURL(`**/admin/collections/releases/${releaseId}`)
        await page.locator('.kx-wf-panel .kx-stage').waitFor()
        await waitForStage(page, 'draft')
        expect(await page.inputValue('#field-title')).toBe(`${awardName} ${YEAR} 获奖名单`)
      })

      await step(
        'editor sets a 7-day public notice with a contact and submits',
        editor,
        async () => {
          const { page } = editor
          await page.fill('#field-notice__days', '7')
          await page.fill('#field-notice__contact__phone', '0532-85912345')
          const saved = page.waitForResponse(
            (response) =>
              response.url().includes(`/api/releases/${releaseId}`) &&
              response.request().method() === 'PATCH',
          )
          await page.click('#action-save-draft')
          expect((await saved).status()).toBe(200)
          await takeAction(page, 'submit', 'in_review')
        },
      )

      const reviewer = await open('reviewer')
      await step('reviewer logs in and approves the release', reviewer, async () => {
        await logIn(
          reviewer,
          scenario.stack.url,
          'reviewer@kexie.test',
          password('reviewer@kexie.test'),
        )
        await openDocument(reviewer, scenario.stack.url, 'releases', releaseId)
        await takeAction(reviewer.page, 'approve', 'approved')
      })

      // The notice is part of what was reviewed: publishing puts the roster in 公示 for 7 days.
      await step('reviewer publishes the release as a public notice', reviewer, async () => {
        await takeAction(reviewer.page, 'publish', 'published')
      })

      // The recipients are public now, as the sheet named them (an anonymous reader's request).
      const docs = await publicRoster(awardId)
      expect(docs.map((doc) => [doc.name, doc.affiliation, doc.noticeStatus])).toEqual([
        ['林海', '青岛大学物理学院', 'in_notice'],
        ['苏晴', '中国海洋大学海洋生命学院', 'in_notice'],
        ['高远', '青岛科技大学化工学院', 'in_notice'],
      ])
      const days = (Date.parse(docs[0].noticeEndsAt) - Date.now()) / (24 * 60 * 60 * 1000)
      expect(days).toBeGreaterThan(6.9)
      expect(days).toBeLessThanOrEqual(7)
      // The photo in the zip went through the media checks onto 林海's record.
      expect(docs.map((doc) => Boolean(doc.photo))).toEqual([true, false, false])
      const withdrawn = docs[1]
      const staying = docs[0]

      await step('an editor is not offered 撤销公示', editor, async () => {
        await openDocument(editor, scenario.stack.url, 'award-recipients', staying.id)
        await waitForStage(page, 'published')
        expect(await offeredActions(page)).not.toContain('kx-wf-withdraw_from_notice')
      })

      await step(
        'reviewer opens a recipient in notice: 撤销公示 asks for a reason',
        reviewer,
        async () => {
          const { page: reviewerPage } = reviewer
          await openDocument(reviewer, scenario.stack.url, 'award-recipients', withdrawn.id)
          await waitForStage(reviewerPage, 'published')
          await waitForText(reviewerPage.locator('#kx-wf-withdraw_from_notice'), '撤销公示')
          await reviewerPage.click('#kx-wf-withdraw_from_notice')
          const dialog = reviewerPage.locator('.kx-wf-action-dialog')
          await dialog.waitFor()
          await waitForText(dialog.locator('h1'), '撤销公示')
          await reviewerPage.click('#kx-wf-confirm')
          await waitForText(dialog.locator('.kx-wf-dialog__error'), '撤销公示须填写原因')
        },
      )

      await step('reviewer withdraws the recipient with a reason', reviewer, async () => {
        const { page: reviewerPage } = reviewer
        const dialog = reviewerPage.locator('.kx-wf-action-dialog')
        await dialog.locator('textarea').fill('公示期间收到实名异议，经核实不符合申报条件')
        const answered = reviewerPage.waitForResponse(
          (response) =>
            response.url().endsWith(`/api/workflow/award-recipients/${withdrawn.id}`) &&
            response.request().method() === 'POST',
        )
        await reviewerPage.click('#kx-wf-confirm')
        expect((await answered).status()).toBe(200)
        await dialog.waitFor({ state: 'hidden' })
        await waitForStage(reviewerPage, 'archived')
        await waitForText(reviewerPage.locator('.kx-wf-panel'), '经核实不符合申报条件')
      })

      // It has left the public roster at once; the others stay in notice.
      const after = await publicRoster(awardId)
      expect(after.map((doc) => [doc.name, doc.noticeStatus])).toEqual([
        ['林海', 'in_notice'],
        ['高远', 'in_notice'],
      ])
      expect([...editor.problems, ...reviewer.problems]).toEqual([])
    },
    SCENARIO_TIMEOUT_MS + UI_TIMEOUT_MS,
  )
})
