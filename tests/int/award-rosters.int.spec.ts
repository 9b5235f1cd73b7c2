import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { unzipSync, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { AwardRecipient } from '@/payload-types'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { StaffTokens } from '../helpers/users'
import { transition } from '../helpers/workflow'

/**
 * Award rosters over real HTTP (the express front, multipart bodies): import from .xlsx and .csv
 * (UTF-8 and GBK), export and re-import, every kind of bad sheet, from every role. Fixtures are
 * written here with exceljs, fflate and iconv-lite.
 */

const MAX_ROWS = 30

let payload: Payload
let server: InProcessServer
let api: ApiClient
let tokens: StaffTokens
let editorId: string
let zipBomb: Uint8Array

/**
 * A real workbook whose sheet part unpacks to 40 MB of spaces (about 40 KB packed). Made before
 * the server listens: building it takes seconds, past the server's keep-alive, and a fetch on a
 * connection closed meanwhile would fail for reasons that are not the import's.
 */
const makeZipBomb = async () => {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('名单').addRow(['姓名'])
  const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()))
  parts['xl/worksheets/sheet1.xml'] = new Uint8Array(40 * 1024 * 1024).fill(0x20)
  return zipSync(parts, { level: 9 })
}

const suite = setUpSuite(import.meta.url, {
  env: { ROSTER_MAX_ROWS: String(MAX_ROWS), MAX_UPLOAD_MB: '1' },
  staff: 'tokens',
})

beforeAll(async () => {
  zipBomb = await makeZipBomb()
  ;({ payload, api, tokens } = suite)
  editorId = String(suite.staff.editor.id)
  server = await listenInProcess(payload, suite.config)
  suite.onCleanup(async () => {
    await server.close()
    // Removes the photos the imports put into the media library, files included.
    await payload.delete({
      collection: 'media',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
  })
})

type Cell = ExcelJS.CellValue
type Answer = {
  status: number
  body: {
    rows?: number
    valid?: number
    created?: number
    updated?: number
    unchanged?: number
    release?: { id: string } | null
    ignoredColumns?: string[]
    errors?: { row: null | number; column: null | string; message: string }[]
  }
}

const HEADERS = ['姓名', '性别', '工作单位', '职务/职称', '学科领域', '简介', '排序', '照片']

let awardCounter = 0
const createAward = async (): Promise<string> => {
  awardCounter += 1
  const award = await payload.create({
    collection: 'awards',
    data: { name: `青岛市青年科技奖 ${awardCounter}` },
    overrideAccess: true,
  })
  return String(award.id)
}

const xlsx = async (rows: Cell[][], shape?: (sheet: ExcelJS.Worksheet) => void) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名单')
  for (const row of rows) sheet.addRow(row)
  shape?.(sheet)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const csv = (rows: string[][]) =>
  rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n')

const importRoster = async (
  file: Uint8Array | string,
  fileName: string,
  {
    award,
    year = '2026',
    token = tokens.editor,
    dryRun = false,
    query = '',
    mapping,
    photos,
    headers = {},
  }: {
    award: string
    year?: string
    token?: null | string
    dryRun?: boolean
    query?: string
    mapping?: Record<string, null | string>
    photos?: Uint8Array
    headers?: Record<string, string>
  },
): Promise<Answer> => {
  const form = new FormData()
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName)
  form.append('award', award)
  form.append('year', year)
  if (mapping) form.append('mapping', JSON.stringify(mapping))
  if (photos) form.append('photos', new Blob([new Uint8Array(photos)]), 'photos.zip')
  const search = new URLSearchParams(query)
  if (dryRun) search.set('dryRun', 'true')
  const response = await fetch(`${server.url}/api/award-recipients/import?${search}`, {
    method: 'POST',
    body: form,
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
  })
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

const recipientsOf = async (award: string, locale: 'en' | 'zh' = 'zh') =>
  (
    await payload.find({
      collection: 'award-recipients',
      where: { award: { equals: award } },
      draft: true,
      pagination: false,
      sort: 'order',
      depth: 0,
      locale,
      overrideAccess: true,
    })
  ).docs

const totalRecipients = async () =>
  (await payload.count({ collection: 'award-recipients', overrideAccess: true })).totalDocs

const messages = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.message)

const exportRoster = async (award: string, format: 'csv' | 'xlsx', token?: string) =>
  fetch(`${server.url}/api/award-recipients/export?award=${award}&year=2026&format=${format}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })

const SHEET: Cell[][] = [
  ['2026 年度青岛市青年科技奖获奖名单'],
  HEADERS,
  ['张三', '男', '青岛大学', '教授', '材料科学', '长期从事新材料研究。', 1, null],
  ['李四', '女', '中国海洋大学', '研究员', '海洋生物', null, 2, null],
  ['王五', null, '青岛市农业科学研究院', '高级农艺师', '作物育种', null, 3, null],
]
const titled = (sheet: ExcelJS.Worksheet) => sheet.mergeCells('A1:H1')

describe('award roster import: who may import', () => {
  it('refuses an anonymous import (401) and an anonymous export (401), creating nothing', async () => {
    const award = await createAward()
    const before = await totalRecipients()
    const answer = await importRoster(await xlsx(SHEET, titled), 'roster.xlsx', {
      award,
      token: null,
    })
    expect(answer.status).toBe(401)
    expect((await exportRoster(award, 'xlsx')).status).toBe(401)
    expect((await exportRoster(award, 'csv')).status).toBe(401)
    expect(await totalRecipients()).toBe(before)
  })

  it('an editor imports a sheet: every recipient a draft of theirs, mapped from the Chinese headers', async () => {
    const award = await createAward()
    const answer = await importRoster(await xlsx(SHEET, titled), 'roster.xlsx', { award })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ created: 3, updated: 0, unchanged: 0 })
    const docs = await recipientsOf(award)
    expect(docs.map((doc) => doc.name)).toEqual(['张三', '李四', '王五'])
    for (const doc of docs) {
      expect(doc.workflowStage).toBe('draft')
      expect(doc._status).toBe('draft')
      expect(doc.year).toBe(2026)
      expect(String(doc.workflow?.createdBy)).toBe(editorId)
    }
    expect(docs[0]).toMatchObject({
      gender: 'male',
      affiliation: '青岛大学',
      title: '教授',
      discipline: '材料科学',
      summary: '长期从事新材料研究。',
      order: 1,
    })
    expect(docs[1].gender).toBe('female')
    expect(docs[2].gender ?? null).toBeNull()
    // One release, named for the award and year, holds them in sheet order.
    const release = await payload.findByID({
      collection: 'releases',
      id: answer.body.release!.id,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    expect(release.title).toBe(`青岛市青年科技奖 ${awardCounter} 2026 获奖名单`)
    expect(release.workflowStage).toBe('draft')
    expect(release.items?.map((item) => [item.relationTo, item.value])).toEqual(
      docs.map((doc) => ['award-recipients', doc.id]),
    )
    // Drafts: nobody outside sees them.
    const response = await fetch(
      `${server.url}/api/award-recipients?where[award][equals]=${award}&limit=10`,
    )
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('a reviewer and an admin import too', async () => {
    for (const token of [tokens.reviewer, tokens.admin]) {
      const award = await createAward()
      const answer = await importRoster(await xlsx(SHEET, titled), 'roster.xlsx', { award, token })
      expect(answer.status).toBe(201)
      expect(answer.body.created).toBe(3)
      expect((await recipientsOf(award)).every((doc) => doc.workflowStage === 'draft')).toBe(true)
    }
  })

  it('an editor cannot change a recipient under review by importing (400, nothing written)', async () => {
    const award = await createAward()
    await importRoster(await xlsx(SHEET, titled), 'roster.xlsx', { award })
    const [first] = await recipientsOf(award)
    const submitted = await transition(
      api,
      'award-recipients',
      String(first.id),
      { action: 'submit' },
      tokens.editor,
    )
    expect(submitted.status).toBe(200)
    const changed = SHEET.map((row, index) =>
      index === 2
        ? ['张三', '男', '山东大学', '教授']
        : index === 3
          ? ['李四', '女', '复旦大学']
          : row,
    )
    const answer = await importRoster(await xlsx(changed, titled), 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { row: 3, column: null, message: '第 3 行：「张三」正在审核中，须先撤回才能通过导入修改' },
    ])
    const docs = await recipientsOf(award)
    expect(docs.map((doc) => doc.affiliation)).toEqual([
      '青岛大学',
      '中国海洋大学',
      '青岛市农业科学研究院',
    ])
  })
})

describe('award roster import: dry run and re-import', () => {
  it('a dry run checks and counts without writing', async () => {
    const award = await createAward()
    const answer = await importRoster(await xlsx(SHEET, titled), 'roster.xlsx', {
      award,
      dryRun: true,
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ rows: 3, valid: 3, errors: [], created: 3, updated: 0 })
    expect(await recipientsOf(award)).toHaveLength(0)
  })

  it('a dry run lists row errors with 200, still writing nothing', async () => {
    const award = await createAward()
    const sheet = [...SHEET, [null, '男', '青岛科技大学']]
    const answer = await importRoster(await xlsx(sheet, titled), 'roster.xlsx', {
      award,
      dryRun: true,
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ rows: 4, valid: 3 })
    expect(answer.body.errors).toEqual([{ row: 6, column: '姓名', message: '第 6 行「姓名」为空' }])
    expect(await recipientsOf(award)).toHaveLength(0)
  })

  it('runs the compliance gate over every cell: a blocked term is an error of its row, nothing written', async () => {
    const rule = await payload.create({
      collection: 'compliance-rules',
      data: { term: '名单违禁词', kind: 'block', category: 'political' },
      overrideAccess: true,
    })
    try {
      const award = await createAward()
      const sheet = SHEET.map((row, index) =>
        index === 3
          ? ['李四', '女', '中国海洋大学', '研究员', '海洋生物', '简介含名 单违禁词。', 2, null]
          : row,
      )
      const answer = await importRoster(await xlsx(sheet, titled), 'roster.xlsx', { award })
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toEqual([
        {
          row: 4,
          column: '简介',
          message: '第 4 行「简介」含有不得发布的用语：名单违禁词（合规词库）',
        },
      ])
      expect(await recipientsOf(award)).toHaveLength(0)
      // The same sheet passes once the rule is off.
      await payload.update({
        collection: 'compliance-rules',
        id: rule.id,
        data: { enabled: false },
        overrideAccess: true,
      })
      const again = await importRoster(await xlsx(sheet, titled), 'roster.xlsx', { award })
      expect(again.status).toBe(201)
    } finally {
      await payload.delete({ collection: 'compliance-rules', id: rule.id, overrideAccess: true })
    }
  })

  it('re-importing the same sheet duplicates nothing; a changed cell updates that recipient', async () => {
    const award = await createAward()
    expect((await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award })).status).toBe(201)
    const first = await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award, dryRun: true })
    expect(first.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    const releasesBefore = (await payload.count({ collection: 'releases', overrideAccess: true }))
      .totalDocs
    const again = await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award })
    expect(again.status).toBe(201)
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    // The roster's release, still a draft, is the same one: no second release.
    expect((await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs).toBe(
      releasesBefore,
    )
    const changed = SHEET.map((row, index) => (index === 4 ? ['王五', '男', ...row.slice(2)] : row))
    const third = await importRoster(await xlsx(changed, titled), 'a.xlsx', { award })
    expect(third.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    const docs = await recipientsOf(award)
    expect(docs).toHaveLength(3)
    expect(docs.find((doc) => doc.name === '王五')?.gender).toBe('male')
  })

  it('refuses a recipient that another open release holds (400), writing nothing', async () => {
    const award = await createAward()
    await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award })
    const [first] = await recipientsOf(award)
    // Somebody moved 张三 into a release of their own, and the roster's release has gone to review.
    const own = await payload.find({
      collection: 'releases',
      where: { title: { contains: `${awardCounter} 2026` } },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'releases',
      id: own.docs[0].id,
      data: { items: [] },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'releases',
      data: { title: '另一个批次', items: [{ relationTo: 'award-recipients', value: first.id }] },
      overrideAccess: true,
    })
    const before = await totalRecipients()
    const changed = [...SHEET, ['新人甲', '男']]
    const answer = await importRoster(await xlsx(changed, titled), 'a.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      {
        row: 3,
        column: null,
        message: '第 3 行：「张三」已在未发布的批次「另一个批次」中，不能再加入本次导入的批次',
      },
    ])
    expect(await totalRecipients()).toBe(before)
  })

  it('a write that fails part-way rolls back the rows written before it (one transaction)', async () => {
    const award = await createAward()
    // 钱二 is live under that name while their draft is being renamed: the sheet's 钱二 is not the
    // working copy, so it is created, and only the save itself finds the live duplicate.
    const live = await payload.create({
      collection: 'award-recipients',
      data: { name: '钱二', award, year: 2026, _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'award-recipients',
      id: live.id,
      data: { name: '钱二（改名中）' },
      draft: true,
      overrideAccess: true,
    })
    const before = await totalRecipients()
    const releasesBefore = (await payload.count({ collection: 'releases', overrideAccess: true }))
      .totalDocs
    const sheet = [HEADERS, ['新人乙'], ['新人丙'], ['钱二']]
    const answer = await importRoster(await xlsx(sheet), 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { row: 4, column: null, message: '第 4 行未能保存：钱二 已有 2026 年度该奖项的获奖记录' },
    ])
    expect(await totalRecipients()).toBe(before)
    expect((await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs).toBe(
      releasesBefore,
    )
  })

  it('re-importing a published recipient leaves the live version and makes a new draft', async () => {
    const award = await createAward()
    await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award })
    const [first] = await recipientsOf(award)
    await payload.update({
      collection: 'award-recipients',
      id: first.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const changed = SHEET.map((row, index) => (index === 2 ? ['张三', '男', '山东大学'] : row))
    const answer = await importRoster(await xlsx(changed, titled), 'a.xlsx', { award })
    expect(answer.body).toMatchObject({ created: 0, updated: 1 })
    const live = await payload.findByID({
      collection: 'award-recipients',
      id: first.id,
      overrideAccess: true,
    })
    expect(live.affiliation).toBe('青岛大学')
    const draft = await payload.findByID({
      collection: 'award-recipients',
      id: first.id,
      draft: true,
      overrideAccess: true,
    })
    expect(draft.affiliation).toBe('山东大学')
    expect(draft.workflowStage).toBe('draft')
  })
})

describe('award roster export', () => {
  const INJECTED: Cell[][] = [
    HEADERS,
    [
      '赵六',
      '男',
      '=HYPERLINK("http://evil.example","点击")',
      '+86 教授',
      '-材料',
      '@SUM(A1)',
      1,
      null,
    ],
    ['<script>alert(1)</script>', '女', '<b>青岛大学</b>', '\t研究员', null, null, 2, null],
  ]

  it('exports xlsx in the import columns; re-importing it changes nothing', async () => {
    const award = await createAward()
    expect((await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award })).status).toBe(201)
    const response = await exportRoster(award, 'xlsx', tokens.editor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const bytes = new Uint8Array(await response.arrayBuffer())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS])
    expect(sheet.getRow(2).getCell(1).value).toBe('张三')
    expect(sheet.getRow(2).getCell(2).value).toBe('男')
    expect(sheet.getRow(2).getCell(7).value).toBe(1)
    const before = await recipientsOf(award)
    const again = await importRoster(bytes, 'export.xlsx', { award })
    expect(again.status).toBe(201)
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(await recipientsOf(award)).toEqual(before)
  })

  it('exports csv as UTF-8 with a BOM; re-importing it changes nothing', async () => {
    const award = await createAward()
    await importRoster(await xlsx(SHEET, titled), 'a.xlsx', { award })
    const response = await exportRoster(award, 'csv', tokens.reviewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text.split(/\r?\n/)[0]).toBe(HEADERS.join(','))
    expect(text).toContain('张三')
    const again = await importRoster(bytes, 'export.csv', { award })
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
  })

  it('neutralises formula-like cells in both formats and restores them on import; HTML stays text', async () => {
    const award = await createAward()
    const first = await importRoster(await xlsx(INJECTED), 'a.xlsx', { award })
    expect(first.status).toBe(201)
    const [zhao, script] = await recipientsOf(award)
    expect(zhao.affiliation).toBe('=HYPERLINK("http://evil.example","点击")')
    expect(script.name).toBe('<script>alert(1)</script>')
    expect(script.affiliation).toBe('<b>青岛大学</b>')
    // Over REST the text comes back as written: a string, never markup.
    const rest = await fetch(`${server.url}/api/award-recipients/${script.id}?draft=true`, {
      headers: { Authorization: `JWT ${tokens.editor}` },
    })
    expect(((await rest.json()) as AwardRecipient).name).toBe('<script>alert(1)</script>')

    const xlsxBytes = new Uint8Array(
      await (await exportRoster(award, 'xlsx', tokens.admin)).arrayBuffer(),
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(xlsxBytes) as unknown as ArrayBuffer)
    const row = workbook.worksheets[0].getRow(2)
    expect(row.getCell(3).value).toBe(`'=HYPERLINK("http://evil.example","点击")`)
    expect(row.getCell(4).value).toBe(`'+86 教授`)
    expect(row.getCell(5).value).toBe(`'-材料`)
    expect(row.getCell(6).value).toBe(`'@SUM(A1)`)
    expect(workbook.worksheets[0].getRow(3).getCell(1).value).toBe('<script>alert(1)</script>')

    const csvBytes = new Uint8Array(
      await (await exportRoster(award, 'csv', tokens.admin)).arrayBuffer(),
    )
    const text = new TextDecoder().decode(csvBytes)
    expect(text).toContain(`'=HYPERLINK(`)
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m)

    for (const [bytes, name] of [
      [xlsxBytes, 'e.xlsx'],
      [csvBytes, 'e.csv'],
    ] as const) {
      const again = await importRoster(bytes, name, { award })
      expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    }
    expect((await recipientsOf(award))[0].affiliation).toBe(
      '=HYPERLINK("http://evil.example","点击")',
    )
  })

  it('refuses an export without a known award or a year (400)', async () => {
    const response = await fetch(`${server.url}/api/award-recipients/export?format=xlsx`, {
      headers: { Authorization: `JWT ${tokens.editor}` },
    })
    expect(response.status).toBe(400)
    const award = await createAward()
    const badFormat = await fetch(
      `${server.url}/api/award-recipients/export?award=${award}&year=2026&format=pdf`,
      {
        headers: { Authorization: `JWT ${tokens.editor}` },
      },
    )
    expect(badFormat.status).toBe(400)
  })
})

describe('award roster import: CSV encodings and header mapping', () => {
  const rows = [
    ['序号', '姓名', '性别', '工作单位', '职称', '专业'],
    ['1', '陈七', '女', '青岛科技大学', '副教授', '化学工程'],
    ['2', '周八', '男', '青岛理工大学', '教授', '土木工程'],
  ]

  it('reads UTF-8 CSV with and without a BOM', async () => {
    for (const text of [`\uFEFF${csv(rows)}`, csv(rows)]) {
      const award = await createAward()
      const answer = await importRoster(text, 'roster.csv', { award })
      expect(answer.status).toBe(201)
      const docs = await recipientsOf(award)
      expect(
        docs.map((doc) => [doc.name, doc.affiliation, doc.title, doc.discipline, doc.order]),
      ).toEqual([
        ['陈七', '青岛科技大学', '副教授', '化学工程', 1],
        ['周八', '青岛理工大学', '教授', '土木工程', 2],
      ])
    }
  })

  it('reads GBK (GB18030) CSV as Excel saves it in China', async () => {
    const award = await createAward()
    const bytes = new Uint8Array(iconv.encode(csv(rows), 'gbk'))
    const answer = await importRoster(bytes, 'roster.csv', { award })
    expect(answer.status).toBe(201)
    expect((await recipientsOf(award)).map((doc) => doc.name)).toEqual(['陈七', '周八'])
  })

  it('maps other headers through the mapping field and lists the headers it ignored', async () => {
    const award = await createAward()
    const sheet = [
      ['Full name', 'Employer', '备注'],
      ['孙九', '青岛大学', '无'],
    ]
    const answer = await importRoster(await xlsx(sheet), 'roster.xlsx', {
      award,
      mapping: { 'Full name': 'name', Employer: 'affiliation' },
      dryRun: true,
    })
    expect(answer.body).toMatchObject({ rows: 1, valid: 1, errors: [], ignoredColumns: ['备注'] })
    const real = await importRoster(await xlsx(sheet), 'roster.xlsx', {
      award,
      mapping: { 'Full name': 'name', Employer: 'affiliation' },
    })
    expect(real.status).toBe(201)
    expect((await recipientsOf(award))[0]).toMatchObject({ name: '孙九', affiliation: '青岛大学' })
    const bad = await importRoster(await xlsx(sheet), 'roster.xlsx', {
      award,
      mapping: { 'Full name': 'password' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0].column).toBe('mapping')
  })

  it('writes into the English locale and answers in English with ?locale=en', async () => {
    const award = await createAward()
    const sheet = [
      ['姓名', '工作单位'],
      ['Zhang San', 'Qingdao University'],
      ['', 'Ocean University'],
    ]
    const bad = await importRoster(await xlsx(sheet), 'roster.xlsx', { award, query: 'locale=en' })
    expect(bad.status).toBe(400)
    expect(messages(bad)).toEqual(['Row 3: "姓名" is empty'])
    const good = await importRoster(await xlsx(sheet.slice(0, 2)), 'roster.xlsx', {
      award,
      query: 'locale=en',
    })
    expect(good.status).toBe(201)
    expect((await recipientsOf(award, 'en'))[0]).toMatchObject({
      name: 'Zhang San',
      affiliation: 'Qingdao University',
    })
  })

  it('answers in English for Accept-Language: en', async () => {
    const award = await createAward()
    const answer = await importRoster(await xlsx([['姓名'], ['']]), 'roster.xlsx', {
      award,
      headers: { 'Accept-Language': 'en' },
    })
    expect(answer.status).toBe(400)
    expect(messages(answer)[0]).toMatch(/^The sheet holds no roster/)
  })
})

describe('award roster import: photos zip', () => {
  const tag = `${process.pid}${Date.now() % 100000}`
  const png = (colour: string) =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: colour } })
      .png()
      .toBuffer()
  const mediaCount = async () =>
    (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  it('matches photos by the 照片 column or by the name, through the media checks; a re-import keeps them', async () => {
    const award = await createAward()
    const who = `周九${tag}`
    const photos = zipSync({
      [`photos/zs-${tag}.png`]: new Uint8Array(await png('#c00')),
      [`${who}.png`]: new Uint8Array(await png('#00c')),
      '__MACOSX/._x.png': new Uint8Array([0]),
    })
    const sheet = [
      ['姓名', '照片'],
      ['张三', `zs-${tag}.png`],
      [who, null],
      ['无照片', null],
    ]
    const answer = await importRoster(await xlsx(sheet), 'roster.xlsx', { award, photos })
    expect(answer.status).toBe(201)
    const docs = await recipientsOf(award)
    const photoOf = async (doc: AwardRecipient) =>
      doc.photo
        ? await payload.findByID({
            collection: 'media',
            id: String(doc.photo),
            overrideAccess: true,
          })
        : null
    const byName = (name: string) => docs.find((doc) => doc.name === name)!
    const [zhang, zhou, none] = await Promise.all(
      [byName('张三'), byName(who), byName('无照片')].map(photoOf),
    )
    // Stored as the media library stores images (converted to WebP), under the zip's name.
    expect(zhang).toMatchObject({ filename: `zs-${tag}.webp`, alt: '张三' })
    expect(zhou).toMatchObject({ filename: `${who}.webp`, alt: who })
    expect(none).toBeNull()
    const media = await mediaCount()
    const again = await importRoster(await xlsx(sheet), 'roster.xlsx', { award, photos })
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(await mediaCount()).toBe(media)
  })

  it('refuses a photo that fails the media checks (HTML renamed .png), uploading and creating nothing', async () => {
    const award = await createAward()
    const photos = zipSync({
      [`ok-${tag}.png`]: new Uint8Array(await png('#0c0')),
      [`bad-${tag}.png`]: new TextEncoder().encode('<html><script>alert(1)</script></html>'),
    })
    const sheet = [
      ['姓名', '照片'],
      ['甲', `ok-${tag}.png`],
      ['乙', `bad-${tag}.png`],
    ]
    const media = await mediaCount()
    const before = await totalRecipients()
    const answer = await importRoster(await xlsx(sheet), 'roster.xlsx', { award, photos })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      {
        row: 3,
        column: '照片',
        message: `第 3 行「照片」：照片「bad-${tag}.png」不是可接受的图片（PNG、JPEG、WebP、GIF、AVIF，且不超过像素上限）`,
      },
    ])
    expect(await mediaCount()).toBe(media)
    expect(await totalRecipients()).toBe(before)
    const notZip = await importRoster(await xlsx(sheet), 'roster.xlsx', {
      award,
      photos: await png('#000'),
    })
    expect(notZip.status).toBe(400)
    expect(notZip.body.errors?.[0]).toMatchObject({ column: 'photos' })
  })
})

/** Each bad upload: a clear error, the right status, and not one recipient created. */
describe('award roster import: bad input creates nothing', () => {
  let award: string
  let before: number

  beforeAll(async () => {
    award = await createAward()
    before = await totalRecipients()
  })

  const expectNothingCreated = async () => {
    expect(await totalRecipients()).toBe(before)
  }

  it('refuses an HTML page renamed .xlsx', async () => {
    const answer = await importRoster(
      '<!DOCTYPE html><html><body><table><tr><td>姓名</td></tr></table></body></html>',
      'roster.xlsx',
      { award },
    )
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual([
      '「roster.xlsx」不是 xlsx 或 csv 表格：请上传 Excel 工作簿（.xlsx）或 CSV 文件',
    ])
    await expectNothingCreated()
  })

  it('refuses a binary file renamed .csv and a zip that holds no workbook', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ])
    expect(messages(await importRoster(png, 'roster.csv', { award }))[0]).toMatch(
      /不是 xlsx 或 csv 表格/,
    )
    const zip = zipSync({ 'readme.txt': new TextEncoder().encode('姓名') })
    const answer = await importRoster(zip, 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(messages(answer)[0]).toMatch(/不是 xlsx 或 csv 表格/)
    await expectNothingCreated()
  })

  it('refuses a zip bomb: a workbook that unpacks past the limit', async () => {
    expect(zipBomb.length).toBeLessThan(1024 * 1024)
    const answer = await importRoster(zipBomb, 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual(['工作簿解压后超过 32 MB（可能是压缩炸弹），已拒绝'])
    await expectNothingCreated()
  })

  it('refuses an encrypted workbook and a legacy .xls', async () => {
    const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
    const encrypted = new Uint8Array([
      ...compound,
      ...new Uint8Array(504),
      ...Buffer.from('EncryptionInfo', 'utf16le'),
      ...new Uint8Array(512),
    ])
    const answer = await importRoster(encrypted, 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(messages(answer)[0]).toMatch(/已加密/)
    const legacy = new Uint8Array([...compound, ...new Uint8Array(1024)])
    expect(messages(await importRoster(legacy, 'roster.xls', { award }))[0]).toMatch(/\.xls/)
    await expectNothingCreated()
  })

  it('refuses a corrupt workbook (truncated)', async () => {
    const valid = await xlsx(SHEET)
    const answer = await importRoster(valid.slice(0, Math.floor(valid.length / 2)), 'roster.xlsx', {
      award,
    })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual(['工作簿已损坏，无法读取：请在 Excel 中打开并重新保存后上传'])
    await expectNothingCreated()
  })

  it(`refuses more rows than ROSTER_MAX_ROWS (${MAX_ROWS}) with a message`, async () => {
    const rows: Cell[][] = [['姓名']]
    for (let index = 1; index <= MAX_ROWS + 1; index += 1) rows.push([`获奖者${index}`])
    const answer = await importRoster(await xlsx(rows), 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual([
      `表格有 ${MAX_ROWS + 1} 行数据，超过每次导入 ${MAX_ROWS} 行的上限：请分批导入`,
    ])
    await expectNothingCreated()
  })

  it('reads the cached result of a formula and refuses one with no result, never evaluating', async () => {
    const sheet = await xlsx(
      [
        ['姓名', '排序'],
        ['吴十', null],
        ['郑一', null],
      ],
      (ws) => {
        ws.getCell('B2').value = { formula: '1+1', result: 7 } as ExcelJS.CellFormulaValue
        ws.getCell('A3').value = { formula: 'CONCAT("郑","一")' } as ExcelJS.CellFormulaValue
      },
    )
    const dry = await importRoster(sheet, 'roster.xlsx', { award, dryRun: true })
    expect(dry.body.errors).toEqual([
      {
        row: 3,
        column: '姓名',
        message: '第 3 行「姓名」是没有保存计算结果的公式：请在 Excel 中打开、计算并保存后再上传',
      },
    ])
    const fine = await xlsx(
      [
        ['姓名', '排序'],
        ['吴十', null],
      ],
      (ws) => {
        ws.getCell('B2').value = { formula: '1+1', result: 7 } as ExcelJS.CellFormulaValue
      },
    )
    const other = await createAward()
    expect((await importRoster(fine, 'roster.xlsx', { award: other })).status).toBe(201)
    // 7 is what the workbook saved; evaluating 1+1 would give 2.
    expect((await recipientsOf(other))[0].order).toBe(7)
    before = await totalRecipients()
  })

  it('fills a merged cell down its rows and refuses one across columns', async () => {
    const rows = [HEADERS, ['甲', '男', '青岛大学'], ['乙', '女', null]]
    const down = await xlsx(rows, (ws) => ws.mergeCells('C2:C3'))
    const other = await createAward()
    expect((await importRoster(down, 'roster.xlsx', { award: other })).status).toBe(201)
    expect((await recipientsOf(other)).map((doc) => doc.affiliation)).toEqual([
      '青岛大学',
      '青岛大学',
    ])
    before = await totalRecipients()
    const across = await xlsx(rows, (ws) => ws.mergeCells('C3:D3'))
    const answer = await importRoster(across, 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual(['第 3 行的合并单元格 C3:D3 横跨多列：请取消合并后再上传'])
    await expectNothingCreated()
  })

  it('refuses an unknown award id and a malformed one', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'no-such-award']) {
      const answer = await importRoster(await xlsx(SHEET), 'roster.xlsx', { award: id })
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toEqual([
        { row: null, column: 'award', message: `找不到奖项「${id}」` },
      ])
    }
    await expectNothingCreated()
  })

  it('refuses a year out of range or not a year', async () => {
    for (const year of ['1800', '2101', '二〇二六', '2026.5']) {
      const answer = await importRoster(await xlsx(SHEET), 'roster.xlsx', { award, year })
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toEqual([
        { row: null, column: 'year', message: '年度须为 1900 到 2100 之间的整数' },
      ])
    }
    await expectNothingCreated()
  })

  it('refuses duplicate rows inside one sheet, naming both rows', async () => {
    const answer = await importRoster(
      await xlsx([HEADERS, ['张三'], ['李四'], ['张三']]),
      'roster.xlsx',
      { award },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { row: 4, column: '姓名', message: '第 4 行与第 2 行重复（姓名「张三」）' },
    ])
    await expectNothingCreated()
  })

  it('refuses a name longer than the field allows', async () => {
    const answer = await importRoster(await xlsx([['姓名'], ['好'.repeat(101)]]), 'roster.xlsx', {
      award,
    })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual(['第 2 行「姓名」超过 100 个字符'])
    await expectNothingCreated()
  })

  it('refuses a sheet without the name column', async () => {
    const answer = await importRoster(
      await xlsx([
        ['工作单位', '职称'],
        ['青岛大学', '教授'],
      ]),
      'roster.xlsx',
      { award },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { row: null, column: '姓名', message: '缺少必需的列「姓名」' },
    ])
    await expectNothingCreated()
  })

  it('refuses an empty sheet, and a header without rows', async () => {
    for (const rows of [[], [HEADERS]]) {
      const answer = await importRoster(await xlsx(rows), 'roster.xlsx', { award })
      expect(answer.status).toBe(400)
      expect(messages(answer)[0]).toMatch(/^表格中没有数据/)
    }
    expect((await importRoster('', 'roster.csv', { award })).status).toBe(400)
    await expectNothingCreated()
  })

  it('refuses bad cells (gender, order) with the sheet row numbers, and writes none of the good rows', async () => {
    const sheet = [
      ['名单'],
      HEADERS,
      ['甲', '男'],
      ['乙', '未知'],
      ['丙', '女', null, null, null, null, '第一'],
    ]
    const answer = await importRoster(await xlsx(sheet), 'roster.xlsx', { award })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ rows: 3, valid: 1 })
    expect(answer.body.errors).toEqual([
      { row: 4, column: '性别', message: '第 4 行「性别」应为“男”或“女”' },
      { row: 5, column: '排序', message: '第 5 行「排序」应为不小于 0 的整数' },
    ])
    await expectNothingCreated()
  })

  it('refuses a photo that is not in the media library', async () => {
    const answer = await importRoster(
      await xlsx([
        ['姓名', '照片'],
        ['冯三', 'fengsan.jpg'],
      ]),
      'roster.xlsx',
      { award },
    )
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual(['第 2 行「照片」：媒体库中没有名为「fengsan.jpg」的照片'])
    await expectNothingCreated()
  })

  it('refuses an upload larger than MAX_UPLOAD_MB (413)', async () => {
    const big = `姓名\n${'张三丰,'.repeat(150_000)}`
    const answer = await importRoster(big, 'roster.csv', { award })
    expect(answer.status).toBe(413)
    expect(messages(answer)).toEqual(['文件超过 1 MB 的上限'])
    await expectNothingCreated()
  })

  it('refuses a request without a file', async () => {
    const form = new FormData()
    form.append('award', award)
    form.append('year', '2026')
    const response = await fetch(`${server.url}/api/award-recipients/import`, {
      method: 'POST',
      body: form,
      headers: { Authorization: `JWT ${tokens.editor}` },
    })
    expect(response.status).toBe(400)
    await expectNothingCreated()
  })
})
