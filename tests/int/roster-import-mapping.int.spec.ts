import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { setUpSuite } from '../helpers/suite'
import type { StaffTokens } from '../helpers/users'

/**
 * What the admin import screen (导入获奖名单) relies on, over real HTTP: the dry run's preview (the
 * rows as read, the headers it could not place) and the `mapping` form field that places them.
 * Fixture sheets are written here with exceljs.
 */

let payload: Payload
let server: InProcessServer
let tokens: StaffTokens

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(async () => {
  ;({ payload, tokens } = suite)
  server = await listenInProcess(payload, suite.config)
  suite.onCleanup(() => server.close())
})

type Issue = { row: null | number; column: null | string; message: string }
type Answer = {
  status: number
  body: {
    rows?: number
    valid?: number
    created?: number
    updated?: number
    release?: { id: number | string } | null
    ignoredColumns?: string[]
    columns?: { header: string; field: string }[]
    preview?: { row: number; cells: Record<string, string> }[]
    errors?: Issue[]
  }
}

// Neither header is one the importer knows (docs/rosters.md#headers): both need a mapping.
const SHEET = [
  ['获奖人姓名', '所在学院', '职称'],
  ['赵一', '青岛大学物理学院', '教授'],
  ['钱二', '中国海洋大学海洋生命学院', '研究员'],
]

let awardCounter = 0
const createAward = async (): Promise<string> => {
  awardCounter += 1
  const award = await payload.create({
    collection: 'awards',
    data: { name: `青岛最美科技工作者 ${awardCounter}` },
    overrideAccess: true,
  })
  return String(award.id)
}

const xlsx = async (rows: (null | string)[][]) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名单')
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const importRoster = async (
  rows: (null | string)[][],
  {
    award,
    mapping,
    dryRun = false,
    token = tokens.editor,
    language,
  }: {
    award: string
    mapping?: string | Record<string, null | string>
    dryRun?: boolean
    token?: null | string
    language?: string
  },
): Promise<Answer> => {
  const form = new FormData()
  form.append('file', new Blob([await xlsx(rows)]), 'roster.xlsx')
  form.append('award', award)
  form.append('year', '2026')
  if (mapping !== undefined) {
    form.append('mapping', typeof mapping === 'string' ? mapping : JSON.stringify(mapping))
  }
  const response = await fetch(
    `${server.url}/api/award-recipients/import${dryRun ? '?dryRun=true' : ''}`,
    {
      method: 'POST',
      body: form,
      headers: {
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...(language ? { 'Accept-Language': language } : {}),
      },
    },
  )
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

const counts = async () => ({
  recipients: (await payload.count({ collection: 'award-recipients', overrideAccess: true }))
    .totalDocs,
  releases: (await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs,
})

const MAPPING = { 获奖人姓名: 'name', 所在学院: 'affiliation' }

describe('roster import: mapping unknown headers', () => {
  it('a dry run of a sheet without a known name column offers its unknown headers for mapping', async () => {
    const award = await createAward()
    const before = await counts()
    const answer = await importRoster(SHEET, { award, dryRun: true })
    expect(answer.status).toBe(200)
    expect(answer.body.errors).toEqual([
      { row: null, column: '姓名', message: '缺少必需的列「姓名」' },
    ])
    // 职称 is a known header: only the other two need a choice.
    expect(answer.body.ignoredColumns).toEqual(['获奖人姓名', '所在学院'])
    expect(await counts()).toEqual(before)
  })

  it('the same sheet imports after mapping: the dry run previews the rows, the import writes them', async () => {
    const award = await createAward()
    const dry = await importRoster(SHEET, { award, mapping: MAPPING, dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({ rows: 2, valid: 2, errors: [], ignoredColumns: [] })
    expect(dry.body.columns).toEqual([
      { header: '获奖人姓名', field: 'name' },
      { header: '所在学院', field: 'affiliation' },
      { header: '职称', field: 'title' },
    ])
    expect(dry.body.preview).toEqual([
      { row: 2, cells: { name: '赵一', affiliation: '青岛大学物理学院', title: '教授' } },
      { row: 3, cells: { name: '钱二', affiliation: '中国海洋大学海洋生命学院', title: '研究员' } },
    ])

    const real = await importRoster(SHEET, { award, mapping: MAPPING })
    expect(real.status).toBe(201)
    expect(real.body).toMatchObject({ created: 2, updated: 0 })
    const docs = await payload.find({
      collection: 'award-recipients',
      where: { award: { equals: award } },
      draft: true,
      sort: 'name',
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.docs.map((doc) => [doc.name, doc.affiliation, doc.title, doc._status])).toEqual([
      ['赵一', '青岛大学物理学院', '教授', 'draft'],
      ['钱二', '中国海洋大学海洋生命学院', '研究员', 'draft'],
    ])
    const release = await payload.findByID({
      collection: 'releases',
      id: real.body.release!.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(release.items).toHaveLength(2)
  })

  it('a dry run marks each problem with the row and the sheet header, in the admin language', async () => {
    const award = await createAward()
    const sheet = [...SHEET, [null, '青岛科技大学', '副教授']]
    const zh = await importRoster(sheet, { award, mapping: MAPPING, dryRun: true })
    expect(zh.status).toBe(200)
    expect(zh.body.errors).toEqual([
      { row: 4, column: '获奖人姓名', message: '第 4 行「获奖人姓名」为空' },
    ])
    expect(zh.body.preview?.[2]).toEqual({
      row: 4,
      cells: { name: '', affiliation: '青岛科技大学', title: '副教授' },
    })
    const en = await importRoster(sheet, { award, mapping: MAPPING, dryRun: true, language: 'en' })
    expect(en.body.errors?.map((error) => error.message)).toEqual(['Row 4: "获奖人姓名" is empty'])
  })

  it('a mapping to a field the roster does not have is 400 and creates nothing', async () => {
    const award = await createAward()
    const before = await counts()
    const mappings: (string | Record<string, string>)[] = [
      { 获奖人姓名: 'password' },
      { 获奖人姓名: 'name', 所在学院: 'award' },
      '{ not json',
      '["name"]',
    ]
    for (const mapping of mappings) {
      const answer = await importRoster(SHEET, { award, mapping })
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toHaveLength(1)
      expect(answer.body.errors?.[0]).toMatchObject({ row: null, column: 'mapping' })
      expect(answer.body.errors?.[0].message).toMatch(/^列映射（mapping）无效/)
    }
    expect(await counts()).toEqual(before)
  })

  it('a mapping that gives one field two columns is 400 and creates nothing', async () => {
    const award = await createAward()
    const before = await counts()
    const answer = await importRoster(SHEET, {
      award,
      mapping: { ...MAPPING, 所在学院: 'title' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.map((error) => error.message)).toEqual([
      '列「职称」和「所在学院」对应同一字段，请只保留一列',
    ])
    expect(await counts()).toEqual(before)
  })

  it('anonymous cannot import with a mapping (401), and nothing is created', async () => {
    const award = await createAward()
    const before = await counts()
    const answer = await importRoster(SHEET, { award, mapping: MAPPING, token: null })
    expect(answer.status).toBe(401)
    expect(await counts()).toEqual(before)
  })

  it('reviewers and admins import with a mapping too, as drafts', async () => {
    for (const token of [tokens.reviewer, tokens.admin]) {
      const award = await createAward()
      const answer = await importRoster(SHEET, { award, mapping: MAPPING, token })
      expect(answer.status).toBe(201)
      expect(answer.body.created).toBe(2)
    }
  })
})
