import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, SanitizedConfig } from 'payload'
import { BasePayload } from 'payload'
import sharp from 'sharp'

import { initI18n } from '@payloadcms/translations'
import { createClientConfig } from 'payload'

import { fieldLabelOf, type LabeledField } from '@/compliance/admin/fieldLabel'
import type { Finding } from '@/compliance/scan/document'

import { importMap } from '../../src/app/(payload)/admin/importMap.js'

import { richText } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { verifyAuditChain } from '@/workflow/audit/verify'

import { transition } from '../helpers/workflow'

const PREFIX = `compliance-spec-${process.pid}-${Date.now()}`

let payload: Payload
let config: SanitizedConfig
let api: ApiClient
let tokens: StaffTokens
let staff: Staff

const suite = setUpSuite(import.meta.url, { staff: 'tokens', mediaPrefix: PREFIX })

beforeAll(() => {
  ;({ payload, config, api, staff, tokens } = suite)
})

type RuleBody = { term: string; kind: string; category?: string; replacement?: string }

const ruleCount = async () =>
  (await payload.count({ collection: 'compliance-rules', overrideAccess: true })).totalDocs

/** Adds a rule over REST as the admin, as the admin panel does. */
const addRule = async (body: RuleBody): Promise<string> => {
  const response = await api.post('/compliance-rules', { token: tokens.admin, body })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

/** A paragraph whose text nodes carry the given formats (1 is bold). */
const paragraph = (...parts: [string, number][]) => ({
  type: 'paragraph',
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
  children: parts.map(([text, format]) => ({
    type: 'text',
    text,
    format,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })),
})

const lexical = (...children: unknown[]) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})

let counter = 0

/** An article written by the editor over REST; its id. */
const createArticle = async (content: unknown, title?: string): Promise<string> => {
  counter += 1
  const response = await api.post('/articles', {
    token: tokens.editor,
    body: { title: title ?? `合规测试稿件 ${counter}`, content },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

type Refusal = {
  errors: { message: string; data?: { reason?: string; findings?: Finding[] } }[]
}

const statusOf = async (id: string, token: string) => {
  const response = await api.get(`/workflow/articles/${id}`, { token })
  expect(response.status).toBe(200)
  return (await response.json()) as { workflowStage: string; compliance: { findings: Finding[] } }
}

describe('compliance-rules access', () => {
  let ruleId: string

  beforeAll(async () => {
    ruleId = await addRule({ term: '访问测试词', kind: 'warn', category: 'custom' })
  })

  it('anonymous clients can neither read nor write the lists', async () => {
    expect((await api.get('/compliance-rules')).status).toBe(403)
    expect((await api.get(`/compliance-rules/${ruleId}`)).status).toBe(403)
    const before = await ruleCount()
    const create = await api.post('/compliance-rules', { body: { term: '匿名词', kind: 'block' } })
    expect(create.status).toBe(403)
    expect(
      (await api.patch(`/compliance-rules/${ruleId}`, { body: { enabled: false } })).status,
    ).toBe(403)
    expect((await api.delete(`/compliance-rules/${ruleId}`)).status).toBe(403)
    expect(await ruleCount()).toBe(before)
    const graphql = await api.graphql('{ ComplianceRules { docs { term } } }')
    const body = (await graphql.json()) as {
      data?: { ComplianceRules: unknown }
      errors?: unknown[]
    }
    expect(body.data?.ComplianceRules ?? null).toBeNull()
    expect((await api.get('/compliance-rules/export')).status).toBe(401)
    expect((await api.post('/compliance-rules/import', { body: '匿名词' })).status).toBe(401)
    expect((await api.post('/compliance/check', { body: { text: '访问测试词' } })).status).toBe(401)
  })

  it.each(['editor', 'reviewer'] as const)(
    'a %s reads the lists but cannot change them',
    async (role) => {
      const token = tokens[role]
      const list = await api.get('/compliance-rules?limit=100', { token })
      expect(list.status).toBe(200)
      const { docs } = (await list.json()) as { docs: { id: string }[] }
      expect(docs.map(({ id }) => id)).toContain(ruleId)
      const before = await ruleCount()
      const create = await api.post('/compliance-rules', {
        token,
        body: { term: `${role}自建词`, kind: 'block' },
      })
      expect(create.status).toBe(403)
      const update = await api.patch(`/compliance-rules/${ruleId}`, {
        token,
        body: { enabled: false },
      })
      expect(update.status).toBe(403)
      expect((await api.delete(`/compliance-rules/${ruleId}`, { token })).status).toBe(403)
      const imported = await api.post('/compliance-rules/import', {
        token,
        body: `${role}导入词`,
        headers: { 'Content-Type': 'text/plain' },
      })
      expect(imported.status).toBe(403)
      expect(await ruleCount()).toBe(before)
      const stored = await payload.findByID({ collection: 'compliance-rules', id: ruleId })
      expect(stored.enabled).toBe(true)
      expect((await api.get('/compliance-rules/export', { token })).status).toBe(200)
    },
  )

  it('an admin creates, edits and deletes rules', async () => {
    const id = await addRule({ term: '管理员词', kind: 'block', category: 'custom' })
    const update = await api.patch(`/compliance-rules/${id}`, {
      token: tokens.admin,
      body: { enabled: false, note: '停用' },
    })
    expect(update.status).toBe(200)
    expect((await payload.findByID({ collection: 'compliance-rules', id })).enabled).toBe(false)
    expect((await api.delete(`/compliance-rules/${id}`, { token: tokens.admin })).status).toBe(200)
  })

  it('refuses a rule that is the same as another once spacing and width are ignored', async () => {
    await addRule({ term: '重复词条', kind: 'block' })
    const before = await ruleCount()
    const duplicate = await api.post('/compliance-rules', {
      token: tokens.admin,
      body: { term: '重 复 词 条', kind: 'block' },
    })
    expect(duplicate.status).toBe(400)
    const onlyPunctuation = await api.post('/compliance-rules', {
      token: tokens.admin,
      body: { term: '。。', kind: 'block' },
    })
    expect(onlyPunctuation.status).toBe(400)
    const noReplacement = await api.post('/compliance-rules', {
      token: tokens.admin,
      body: { term: '缺规范写法', kind: 'replace' },
    })
    expect(noReplacement.status).toBe(400)
    const badDomain = await api.post('/compliance-rules', {
      token: tokens.admin,
      body: { term: 'not a domain', kind: 'domain' },
    })
    expect(badDomain.status).toBe(400)
    expect(await ruleCount()).toBe(before)
  })
})

describe('import and export', () => {
  const csv = [
    'term,kind,category,replacement,note,enabled',
    '导入禁用词,block,political,,来自导入,true',
    '导入提醒词,warn,advertising,,,true',
    '导入旧名称,replace,official-name,导入新名称,,false',
  ].join('\n')

  it('an admin imports a CSV list, and importing it again updates the same rules', async () => {
    const before = await ruleCount()
    const first = await api.post('/compliance-rules/import', {
      token: tokens.admin,
      body: csv,
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ created: 3, updated: 0 })
    expect(await ruleCount()).toBe(before + 3)
    const again = await api.post('/compliance-rules/import?format=csv', {
      token: tokens.admin,
      body: csv.replace('来自导入', '已更新'),
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(await again.json()).toEqual({ created: 0, updated: 3 })
    const { docs } = await payload.find({
      collection: 'compliance-rules',
      where: { term: { equals: '导入禁用词' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ kind: 'block', category: 'political', note: '已更新' })
  })

  it('imports a text list as multipart, of the kind asked for', async () => {
    const form = new FormData()
    form.append('file', new Blob(['文本提醒甲\n\n# 注释\n文本提醒乙\n']), 'words.txt')
    const response = await api.post('/compliance-rules/import?kind=warn&category=vulgar', {
      token: tokens.admin,
      body: form,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ created: 2, updated: 0 })
    const { docs } = await payload.find({
      collection: 'compliance-rules',
      where: { term: { in: ['文本提醒甲', '文本提醒乙'] } },
    })
    expect(docs.map(({ kind, category }) => `${kind}/${category}`)).toEqual([
      'warn/vulgar',
      'warn/vulgar',
    ])
  })

  it('refuses a list with bad lines, naming each line, and writes nothing of it', async () => {
    const before = await ruleCount()
    const response = await api.post('/compliance-rules/import', {
      token: tokens.admin,
      body: 'term,kind,category\n好的新词,block,custom\n坏类型词,forbid,custom\n,block,custom\n好的新词,block,custom\n',
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { line: number; message: string }[] }
    expect(body.errors.map(({ line }) => line)).toEqual([3, 4, 5])
    expect(body.errors[0].message).toMatch(/line 3/)
    expect(await ruleCount()).toBe(before)
  })

  it('refuses a list that is not UTF-8, and unknown formats', async () => {
    const before = await ruleCount()
    // 敏感 in GB18030.
    const gbk = new Uint8Array([0xc3, 0xf4, 0xb8, 0xd0, 0x0a])
    const response = await api.post('/compliance-rules/import', {
      token: tokens.admin,
      body: new Blob([gbk]),
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as Refusal).errors[0].message).toMatch(/UTF-8/)
    const format = await api.post('/compliance-rules/import?format=xlsx', {
      token: tokens.admin,
      body: '词',
    })
    expect(format.status).toBe(400)
    expect(await ruleCount()).toBe(before)
  })

  it('staff export the lists as CSV and as text, in the form import reads', async () => {
    const response = await api.get('/compliance-rules/export?format=csv', { token: tokens.editor })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/)
    const text = await response.text()
    expect(text.split('\n')[0]).toBe('term,kind,category,replacement,note,enabled')
    expect(text).toContain('导入旧名称,replace,official-name,导入新名称,,false')
    const txt = await api.get('/compliance-rules/export?format=txt&kind=warn', {
      token: tokens.reviewer,
    })
    const lines = (await txt.text()).split('\n')
    expect(lines).toEqual(expect.arrayContaining(['导入提醒词', '文本提醒甲']))
    expect(lines).not.toContain('导入禁用词')
  })
})

describe('the compliance gate', () => {
  it('refuses to submit an article whose rich text has a block term split by bold formatting', async () => {
    await addRule({ term: '违禁测试词', kind: 'block', category: 'political' })
    const id = await createArticle(
      lexical(paragraph(['第一段。', 0]), paragraph(['文中有违禁', 0], ['测试', 1], ['词一处', 0])),
    )
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    const [error] = (submit.body as Refusal).errors
    expect(error.data?.reason).toBe('compliance')
    expect(error.data?.findings).toEqual([
      {
        path: 'content.root.children.1',
        locale: 'zh',
        offset: 3,
        length: 5,
        text: '违禁测试词',
        kind: 'block',
        severity: 'block',
        category: 'political',
        rule: { id: expect.any(String), term: '违禁测试词' },
        context: { before: '文中有', after: '一处' },
      },
    ])
    expect((await statusOf(id, tokens.editor)).workflowStage).toBe('draft')
    const history = await payload.count({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
    })
    expect(history.totalDocs).toBe(0)
  })

  it('refuses to submit a release one of whose items has a block term, naming that item', async () => {
    await addRule({ term: '批次违禁词', kind: 'block', category: 'political' })
    const clean = await createArticle(lexical(paragraph(['一篇干净的稿件。', 0])))
    const tainted = await createArticle(lexical(paragraph(['这篇稿件含有批次违禁词。', 0])))
    const created = await api.post('/releases', {
      token: tokens.editor,
      body: {
        title: `合规测试批次 ${counter}`,
        items: [
          { relationTo: 'articles', value: clean },
          { relationTo: 'articles', value: tainted },
        ],
      },
    })
    expect(created.status).toBe(201)
    const release = ((await created.json()) as { doc: { id: string } }).doc.id
    const submit = await transition(api, 'releases', release, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    const [error] = (
      submit.body as {
        errors: { data?: { reason?: string; item?: unknown; findings?: Finding[] } }[]
      }
    ).errors
    expect(error.data?.reason).toBe('compliance')
    expect(error.data?.item).toEqual({ collection: 'articles', id: tainted })
    expect(error.data?.findings?.map((finding) => finding.text)).toEqual(['批次违禁词'])
    const stage = await api.get(`/workflow/releases/${release}`, { token: tokens.editor })
    expect(((await stage.json()) as { workflowStage: string }).workflowStage).toBe('draft')
  })

  it('sees through traditional characters and spaces in the English title', async () => {
    const id = await createArticle(richText('正文'))
    const patched = await api.patch(`/articles/${id}?locale=en&draft=true`, {
      token: tokens.editor,
      body: { title: 'Title 違 禁 測 試 詞' },
    })
    expect(patched.status).toBe(200)
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    expect((submit.body as Refusal).errors[0].data?.findings).toEqual([
      expect.objectContaining({ path: 'title', locale: 'en', offset: 6, text: '違 禁 測 試 詞' }),
    ])
  })

  it('reads localized arrays, plain text fields and URL fields too', async () => {
    await addRule({ term: '标签禁词', kind: 'block', category: 'custom' })
    const id = await createArticle(richText('正文'))
    const patched = await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.editor,
      body: {
        summary: '摘要没有问题',
        tags: [{ tag: '科普' }, { tag: '标签-禁-词' }],
        sourceUrl: 'http://news.example.org/a',
      },
    })
    expect(patched.status).toBe(200)
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    const findings = (submit.body as Refusal).errors[0].data?.findings ?? []
    expect(findings.map(({ path, locale, kind, text }) => ({ path, locale, kind, text }))).toEqual([
      { path: 'sourceUrl', locale: null, kind: 'insecure-link', text: 'http://news.example.org/a' },
      { path: 'tags.1.tag', locale: 'zh', kind: 'block', text: '标签-禁-词' },
    ])
  })

  it('lets a warning through and shows it in the transition answer and the workflow status', async () => {
    await addRule({ term: '提醒测试词', kind: 'warn', category: 'advertising' })
    const id = await createArticle(lexical(paragraph(['本文含提醒测试词。', 0])))
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(200)
    expect(submit.body).toMatchObject({
      workflowStage: 'in_review',
      compliance: {
        findings: [expect.objectContaining({ text: '提醒测试词', kind: 'warn', severity: 'warn' })],
      },
    })
    const status = await statusOf(id, tokens.reviewer)
    expect(status.workflowStage).toBe('in_review')
    expect(status.compliance.findings).toEqual([
      expect.objectContaining({
        path: 'content.root.children.0',
        locale: 'zh',
        offset: 3,
        text: '提醒测试词',
        kind: 'warn',
        severity: 'warn',
        rule: expect.objectContaining({ term: '提醒测试词' }),
      }),
    ])
  })

  it('shows replace findings in the answer of every gated step; a clean text answers without them', async () => {
    await addRule({
      term: '旧称测试名',
      kind: 'replace',
      category: 'official-name',
      replacement: '规范测试名',
    })
    const id = await createArticle(lexical(paragraph(['来自旧称测试名的消息。', 0])))
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    const approve = await transition(api, 'articles', id, { action: 'approve' }, tokens.reviewer)
    for (const answer of [submit, approve]) {
      expect(answer.status).toBe(200)
      expect(answer.body).toMatchObject({
        compliance: {
          findings: [
            expect.objectContaining({
              text: '旧称测试名',
              kind: 'replace',
              severity: 'warn',
              replacement: '规范测试名',
            }),
          ],
        },
      })
    }

    const clean = await createArticle(lexical(paragraph(['一篇干净的稿件。', 0])))
    const cleanSubmit = await transition(
      api,
      'articles',
      clean,
      { action: 'submit' },
      tokens.editor,
    )
    expect(cleanSubmit.status).toBe(200)
    expect(cleanSubmit.body).not.toHaveProperty('compliance')
    // Stepping back is not gated: no findings are computed for it.
    const withdraw = await transition(api, 'articles', id, { action: 'withdraw' }, tokens.editor)
    expect(withdraw.status).toBe(200)
    expect(withdraw.body).not.toHaveProperty('compliance')
  })

  it('passes once the rule is disabled, and applies a new rule at once, without a restart', async () => {
    const ruleId = await addRule({ term: '可停用词', kind: 'block' })
    const id = await createArticle(lexical(paragraph(['含可停用词与后加词。', 0])))
    expect(
      (await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)).status,
    ).toBe(409)
    const disable = await api.patch(`/compliance-rules/${ruleId}`, {
      token: tokens.admin,
      body: { enabled: false },
    })
    expect(disable.status).toBe(200)
    expect(
      (await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)).status,
    ).toBe(200)

    // A rule added while the document is in review stops its approval.
    await addRule({ term: '后加词', kind: 'block' })
    const approve = await transition(api, 'articles', id, { action: 'approve' }, tokens.reviewer)
    expect(approve.status).toBe(409)
    expect((approve.body as Refusal).errors[0].data?.findings?.[0]).toMatchObject({
      text: '后加词',
    })
    expect((await statusOf(id, tokens.reviewer)).workflowStage).toBe('in_review')
  })

  it('applies a rule a second Payload instance on the same database adds, at once, without a restart', async () => {
    const id = await createArticle(lexical(paragraph(['含另一进程词。', 0])))
    // Warms this process's matcher before the rule exists.
    const clean = await api.post('/compliance/check', {
      token: tokens.editor,
      body: { collection: 'articles', id },
    })
    expect(((await clean.json()) as { findings: Finding[] }).findings).toEqual([])
    // A second Payload on the same database, as another server process would be.
    const other = await new BasePayload().init({ config })
    try {
      await other.create({
        collection: 'compliance-rules',
        data: { term: '另一进程词', kind: 'block', category: 'custom', enabled: true },
        user: staff.admin,
        overrideAccess: false,
      })
    } finally {
      await other.destroy()
    }
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    expect((submit.body as Refusal).errors[0].data?.findings?.[0]).toMatchObject({
      text: '另一进程词',
    })
  })

  it('blocks links to a blocked domain (subdomains included) and warns about plain http', async () => {
    await addRule({ term: 'blocked-site.example', kind: 'domain', category: 'link' })
    const link = {
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'custom', url: 'https://cdn.blocked-site.example/page', newTab: false },
      children: [
        { type: 'text', text: '这里', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      ],
    }
    const id = await createArticle(
      lexical(
        { ...paragraph(['请看', 0]), children: [...paragraph(['请看', 0]).children, link] },
        paragraph(['另见 http://plain.example.org/a 。', 0]),
      ),
    )
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    const findings = (submit.body as Refusal).errors[0].data?.findings ?? []
    expect(findings.map(({ path, kind, severity }) => [path, kind, severity])).toEqual([
      ['content.root.children.0.children.1.fields.url', 'domain', 'block'],
      ['content.root.children.1', 'insecure-link', 'warn'],
    ])
  })

  it('reads the alt text of the cover image', async () => {
    await addRule({ term: '图说禁词', kind: 'block' })
    const data = await sharp({
      create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 10, b: 10 } },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '一张含图说禁词的图片' },
      file: { data, mimetype: 'image/png', name: `${PREFIX}.png`, size: data.length },
    })
    const id = await createArticle(richText('正文'))
    await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.editor,
      body: { coverImage: media.id },
    })
    const submit = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submit.status).toBe(409)
    expect((submit.body as Refusal).errors[0].data?.findings).toEqual([
      expect.objectContaining({
        path: 'coverImage.alt',
        locale: 'zh',
        offset: 3,
        text: '图说禁词',
      }),
    ])
  })
})

describe('field labels of findings in the admin', () => {
  /** The admin's own client config in a language, and the resolver the workflow panel uses. */
  const labelsIn = async (language: 'en' | 'zh') => {
    const i18n = await initI18n({ config: config.i18n, context: 'client', language })
    const client = createClientConfig({ config, i18n, importMap, user: staff.editor })
    const fieldsOf = (slug: string) =>
      client.collections.find((collection) => collection.slug === slug)?.fields as
        LabeledField[] | undefined
    const articleFields = fieldsOf('articles') ?? []
    return (path: string) => fieldLabelOf(articleFields, path, i18n, fieldsOf)
  }

  it('names the field of a finding by its label in the admin language, not its path', async () => {
    const zh = await labelsIn('zh')
    expect(zh('title')).toBe('标题')
    expect(zh('content.root.children.1')).toBe('正文')
    expect(zh('content.root.children.0.children.1.fields.url')).toBe('正文')
    expect(zh('tags.1.tag')).toBe('标签 2 › 标签')
    expect(zh('coverImage.alt')).toMatch(/^封面图 › [^a-z]+$/)
    expect(zh('summary')).toBe('摘要')

    const en = await labelsIn('en')
    expect(en('title')).toBe('Title')
    expect(en('content.root.children.1')).toBe('Content')
    expect(en('tags.0.tag')).toBe('Tags 1 › Tag')
    // A path the config does not explain is shown as it is.
    expect(en('noSuchField.0')).toBe('noSuchField.0')
  })
})

describe('POST /api/compliance/check', () => {
  it('checks raw text and a document for staff', async () => {
    await addRule({ term: '检查接口词', kind: 'block' })
    const text = await api.post('/compliance/check', {
      token: tokens.editor,
      body: { text: '这段有检查*接口*词' },
    })
    expect(text.status).toBe(200)
    expect(await text.json()).toEqual({
      isBlocked: true,
      findings: [expect.objectContaining({ path: 'text', offset: 3, text: '检查*接口*词' })],
    })
    const id = await createArticle(richText('正文里的检查接口词'))
    const doc = await api.post('/compliance/check', {
      token: tokens.reviewer,
      body: { collection: 'articles', id },
    })
    expect(doc.status).toBe(200)
    expect(((await doc.json()) as { findings: Finding[] }).findings).toEqual([
      expect.objectContaining({ path: 'content.root.children.0', locale: 'zh', offset: 4 }),
    ])
  })

  it('answers bad requests clearly', async () => {
    const token = tokens.editor
    expect((await api.post('/compliance/check', { token, body: 'not json' })).status).toBe(400)
    expect((await api.post('/compliance/check', { token, body: { id: 'x' } })).status).toBe(400)
    const unknown = await api.post('/compliance/check', {
      token,
      body: { collection: 'users', id: 'x' },
    })
    expect(unknown.status).toBe(404)
    const missing = await api.post('/compliance/check', {
      token,
      body: { collection: 'articles', id: '00000000-0000-4000-8000-000000000000' },
    })
    expect(missing.status).toBe(404)
  })
})

describe('GET /api/compliance/check', () => {
  it("checks a release's own text (the workflow panel of a release asks it too)", async () => {
    await addRule({ term: '批次说明禁用词', kind: 'block' })
    const article = await createArticle(richText('批次里的正文'))
    const created = await api.post('/releases', {
      token: tokens.editor,
      body: {
        title: '合规检查批次',
        note: '说明里有批次说明禁用词',
        items: [{ relationTo: 'articles', value: article }],
      },
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: string } }).doc.id
    expect((await api.get(`/compliance/check?collection=releases&id=${id}`)).status).toBe(401)
    const response = await api.get(`/compliance/check?collection=releases&id=${id}`, {
      token: tokens.editor,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      isBlocked: true,
      findings: [expect.objectContaining({ path: 'note', kind: 'block' })],
    })
  })

  it('checks a draft for staff without acting on it; anonymous clients get 401', async () => {
    await addRule({ term: '只读检查词', kind: 'block' })
    const id = await createArticle(richText('草稿里有只读检查词'))
    expect((await api.get(`/compliance/check?collection=articles&id=${id}`)).status).toBe(401)
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const response = await api.get(`/compliance/check?collection=articles&id=${id}`, {
        token: tokens[role],
      })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        isBlocked: true,
        findings: [
          expect.objectContaining({ path: 'content.root.children.0', offset: 4, kind: 'block' }),
        ],
      })
    }
    // Nothing happened to the document: still a draft without history.
    expect((await statusOf(id, tokens.editor)).workflowStage).toBe('draft')
    const history = await payload.count({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
    })
    expect(history.totalDocs).toBe(0)
  })

  it("checks a release's own text, as its page's panel asks; anonymous clients get 401", async () => {
    await addRule({ term: '批次检查词', kind: 'block' })
    const created = await api.post('/releases', {
      token: tokens.editor,
      body: { title: '标题里有批次检查词' },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }
    const url = `/compliance/check?collection=releases&id=${doc.id}`
    expect((await api.get(url)).status).toBe(401)
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const response = await api.get(url, { token: tokens[role] })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        isBlocked: true,
        findings: [expect.objectContaining({ path: 'title', kind: 'block' })],
      })
    }
  })

  it('answers bad requests clearly', async () => {
    const token = tokens.editor
    expect((await api.get('/compliance/check', { token })).status).toBe(400)
    expect((await api.get('/compliance/check?collection=articles', { token })).status).toBe(400)
    expect((await api.get('/compliance/check?collection=users&id=x', { token })).status).toBe(404)
    const missing = await api.get(
      '/compliance/check?collection=articles&id=00000000-0000-4000-8000-000000000000',
      { token },
    )
    expect(missing.status).toBe(404)
  })
})

describe('the final-level override', () => {
  type OverrideRecord = {
    action: string
    comment: null | string
    complianceOverride: null | {
      findings: { term: string; kind: string; path: string; locale: null | string; text: string }[]
    }
  }

  const lastRecord = async (id: string): Promise<OverrideRecord> => {
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
      sort: '-revision',
      limit: 1,
      overrideAccess: true,
    })
    return docs[0] as unknown as OverrideRecord
  }

  /**
   * An article submitted clean that a block rule added during its review now stops (two review
   * levels: articles' default). With `levelOneApproved`, the reviewer approved level 1 before the
   * rule came, so the admin's approval is the final level.
   */
  const blockedInReview = async (term: string, { levelOneApproved = true } = {}) => {
    const id = await createArticle(richText(`审核中才被发现的${term}一处`))
    expect(
      (await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)).status,
    ).toBe(200)
    if (levelOneApproved) {
      expect(
        (await transition(api, 'articles', id, { action: 'approve' }, tokens.reviewer)).status,
      ).toBe(200)
    }
    await addRule({ term, kind: 'block', category: 'custom' })
    return id
  }

  it('refuses the override to an editor, at a level that is not final, and without a comment', async () => {
    const id = await blockedInReview('放行测试词甲', { levelOneApproved: false })
    // Level 1 of 2 is not final: the reviewer may not override there.
    const levelOne = await transition(
      api,
      'articles',
      id,
      { action: 'approve', overrideCompliance: true, comment: '确认无误' },
      tokens.reviewer,
    )
    expect(levelOne.status).toBe(403)
    // An editor may neither approve nor publish, override or not.
    for (const action of ['approve', 'publish'] as const) {
      const editor = await transition(
        api,
        'articles',
        id,
        { action, overrideCompliance: true, comment: '我来放行' },
        tokens.editor,
      )
      expect(editor.status).toBe(403)
    }
    // There is no override for a submission.
    const submit = await transition(
      api,
      'articles',
      id,
      { action: 'submit', overrideCompliance: true, comment: '我来放行' },
      tokens.editor,
    )
    expect(submit.status).toBe(400)
    const levelOneNoComment = await transition(
      api,
      'articles',
      id,
      { action: 'approve', overrideCompliance: true },
      tokens.admin,
    )
    expect(levelOneNoComment.status).toBe(403)
    const notBoolean = await transition(
      api,
      'articles',
      id,
      { action: 'approve', overrideCompliance: 'yes', comment: '放行' } as never,
      tokens.admin,
    )
    expect(notBoolean.status).toBe(400)
    // Without the override the gate still refuses, with the findings.
    const plain = await transition(api, 'articles', id, { action: 'approve' }, tokens.admin)
    expect(plain.status).toBe(409)
    expect((plain.body as Refusal).errors[0].data?.reason).toBe('compliance')
    expect((await statusOf(id, tokens.admin)).workflowStage).toBe('in_review')
    const history = await payload.count({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
    })
    expect(history.totalDocs).toBe(1)
  })

  it('an admin at the final level approves over a block with a comment, recorded with the findings', async () => {
    const id = await blockedInReview('放行测试词乙')
    // The final level, but no comment: 400, and nothing recorded.
    const noComment = await transition(
      api,
      'articles',
      id,
      { action: 'approve', overrideCompliance: true, comment: '  ' },
      tokens.admin,
    )
    expect(noComment.status).toBe(400)
    expect((await statusOf(id, tokens.admin)).workflowStage).toBe('in_review')
    const approve = await transition(
      api,
      'articles',
      id,
      { action: 'approve', overrideCompliance: true, comment: '引用原文，经核实可用' },
      tokens.admin,
    )
    expect(approve.status).toBe(200)
    expect(approve.body.workflowStage).toBe('approved')
    const record = await lastRecord(id)
    expect(record).toMatchObject({
      action: 'approve',
      comment: '引用原文，经核实可用',
      complianceOverride: {
        findings: [
          {
            term: '放行测试词乙',
            kind: 'block',
            path: 'content.root.children.0',
            locale: 'zh',
            text: '放行测试词乙',
          },
        ],
      },
    })
    // Publishing is gated again: a reviewer overrides it too, or it is refused.
    const plain = await transition(api, 'articles', id, { action: 'publish' }, tokens.reviewer)
    expect(plain.status).toBe(409)
    const publish = await transition(
      api,
      'articles',
      id,
      { action: 'publish', overrideCompliance: true, comment: '同意发布' },
      tokens.reviewer,
    )
    expect(publish.status).toBe(200)
    expect(publish.body._status).toBe('published')
    expect((await lastRecord(id)).complianceOverride?.findings).toHaveLength(1)
    // The override is part of the hash chain: it verifies, and an altered override does not.
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('a reviewer publishing straight from the last level overrides too; a clean text records no override', async () => {
    const id = await blockedInReview('放行测试词丙')
    const publish = await transition(
      api,
      'articles',
      id,
      { action: 'publish', overrideCompliance: true, comment: '已核实' },
      tokens.admin,
    )
    expect(publish.status).toBe(200)
    expect((await lastRecord(id)).complianceOverride?.findings[0]).toMatchObject({
      term: '放行测试词丙',
    })
    const clean = await createArticle(richText('干净的正文'))
    await transition(api, 'articles', clean, { action: 'submit' }, tokens.editor)
    await transition(api, 'articles', clean, { action: 'approve' }, tokens.reviewer)
    const approve = await transition(
      api,
      'articles',
      clean,
      { action: 'approve', overrideCompliance: true, comment: '无需放行' },
      tokens.admin,
    )
    expect(approve.status).toBe(200)
    expect((await lastRecord(clean)).complianceOverride).toBeNull()
  })

  it('a changed override breaks the hash chain', async () => {
    const id = await blockedInReview('放行测试词丁')
    await transition(
      api,
      'articles',
      id,
      { action: 'approve', overrideCompliance: true, comment: '放行' },
      tokens.admin,
    )
    const record = (
      await payload.find({
        collection: 'workflow-events',
        where: { documentId: { equals: id } },
        sort: '-revision',
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
    // Straight into the database, past the append-only hooks, as a tamperer would.
    await payload.db.updateOne({
      collection: 'workflow-events',
      id: record.id,
      data: { complianceOverride: { findings: [] } },
    })
    expect(await verifyAuditChain(payload)).toMatchObject({
      ok: false,
      first: { id: record.id },
    })
    // Put back, the chain is whole again (and the rest of this file's history with it).
    await payload.db.updateOne({
      collection: 'workflow-events',
      id: record.id,
      data: { complianceOverride: record.complianceOverride },
    })
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })
})
