import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { Article, User } from '@/payload-types'
import { loadPanelData } from '@/workflow/admin/panel/loadPanelData'
import { verifyAuditChain } from '@/workflow/audit/verify'

import { richText } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, type StaffTokens } from '../helpers/users'
import { transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let tokens: StaffTokens & { secondReviewer: string }
let secondReviewer: User

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(async () => {
  ;({ payload, api } = suite)
  secondReviewer = await createStaff(payload, ['reviewer'], 'reviewer-2')
  tokens = { ...suite.tokens, secondReviewer: await suite.login(secondReviewer) }
})

type StoredVersion = {
  id: string
  latest?: boolean
  version: Article
}

/** The document's versions as staff read them over REST, newest first. */
const versionsOf = async (id: string): Promise<StoredVersion[]> => {
  const response = await api.get(
    `/articles/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=100&depth=0`,
    { token: tokens.reviewer },
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: StoredVersion[] }).docs
}

/** The working copy, as the admin's edit view reads it (the latest version). */
const workingCopy = async (id: string, locale = 'zh'): Promise<Article> => {
  const response = await api.get(`/articles/${id}?draft=true&depth=0&locale=${locale}`, {
    token: tokens.editor,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Article
}

const act = async (id: string, action: string, token: string, comment?: string) => {
  const answer = await transition(api, 'articles', id, { action, comment }, token)
  expect(answer.status).toBe(200)
  return answer
}

/** A new article by the editor, in both languages, saved as a draft through REST. */
const newArticle = async (title: string): Promise<string> => {
  const created = await api.post('/articles?draft=true&locale=zh', {
    token: tokens.editor,
    body: { title, content: richText(`${title}正文`) },
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: Article }
  const english = await api.patch(`/articles/${doc.id}?draft=true&locale=en`, {
    token: tokens.editor,
    body: { title: `${title} (en)`, content: richText('English body') },
  })
  expect(english.status).toBe(200)
  return doc.id
}

/** Submit, then both levels of review (articles take two). */
const throughReview = async (id: string) => {
  await act(id, 'submit', tokens.editor)
  await act(id, 'approve', tokens.reviewer)
  await act(id, 'approve', tokens.secondReviewer)
}

describe('workflow bookkeeping and the version history', () => {
  it('submit and approvals add no version; the latest version carries the review state', async () => {
    const id = await newArticle('不添版本的稿件')
    const before = await versionsOf(id)

    await throughReview(id)

    const after = await versionsOf(id)
    expect(after.map((version) => version.id)).toEqual(before.map((version) => version.id))
    // The admin reads drafts from the latest version: it carries the step, in both languages'
    // content untouched.
    const [latest] = after
    expect(latest.latest).toBe(true)
    expect(latest.version.workflowStage).toBe('approved')
    expect(latest.version.workflow?.approvals?.map((row) => row.level)).toEqual([1, 2])
    expect(latest.version.workflow?.revision).toBe(3)
    const zh = await workingCopy(id)
    expect(zh).toMatchObject({ title: '不添版本的稿件', workflowStage: 'approved' })
    expect(JSON.stringify(zh.content)).toContain('不添版本的稿件正文')
    const en = await workingCopy(id, 'en')
    expect(en.title).toBe('不添版本的稿件 (en)')
    expect(JSON.stringify(en.content)).toContain('English body')

    // Lists with drafts (the admin's list view, the review queue) find it in its new stage.
    const listed = await api.get(
      `/articles?draft=true&depth=0&where[and][0][id][equals]=${id}&where[and][1][workflowStage][equals]=approved`,
      { token: tokens.reviewer },
    )
    expect(((await listed.json()) as { totalDocs: number }).totalDocs).toBe(1)
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('publish adds the published version, and readers get it', async () => {
    const id = await newArticle('发布添版本的稿件')
    await throughReview(id)
    const before = await versionsOf(id)

    await act(id, 'publish', tokens.reviewer)

    const after = await versionsOf(id)
    expect(after).toHaveLength(before.length + 1)
    expect(after[0].version).toMatchObject({ _status: 'published', workflowStage: 'published' })
    expect(after[0].version.workflow?.revision).toBe(4)
    const live = await api.get(`/articles/${id}?locale=zh&depth=0`)
    expect(live.status).toBe(200)
    expect(((await live.json()) as Article).title).toBe('发布添版本的稿件')
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('a revision of a published article: its edit is a version, its review adds none, readers keep the live one', async () => {
    const id = await newArticle('已发布的稿件')
    await throughReview(id)
    await act(id, 'publish', tokens.reviewer)
    const edited = await api.patch(`/articles/${id}?draft=true&locale=zh`, {
      token: tokens.editor,
      body: { title: '已发布的稿件（修订）' },
    })
    expect(edited.status).toBe(200)
    const before = await versionsOf(id)

    await act(id, 'submit', tokens.editor)
    await act(id, 'request_changes', tokens.reviewer, '标题再斟酌')
    await act(id, 'submit', tokens.editor)
    await act(id, 'approve', tokens.reviewer)

    expect((await versionsOf(id)).map((version) => version.id)).toEqual(
      before.map((version) => version.id),
    )
    expect(await workingCopy(id)).toMatchObject({
      title: '已发布的稿件（修订）',
      workflowStage: 'in_review',
    })
    // Readers still see the published version, unchanged by the review.
    const live = await api.get(`/articles/${id}?locale=zh&depth=0`)
    expect((await live.json()) as Article).toMatchObject({
      title: '已发布的稿件',
      workflowStage: 'published',
    })

    await act(id, 'approve', tokens.secondReviewer)
    await act(id, 'publish', tokens.reviewer)
    const after = await versionsOf(id)
    expect(after).toHaveLength(before.length + 1)
    const live2 = await api.get(`/articles/${id}?locale=zh&depth=0`)
    expect(((await live2.json()) as Article).title).toBe('已发布的稿件（修订）')
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('the homepage: submit and approval add no version to the global', async () => {
    const count = async () =>
      (await payload.findGlobalVersions({ slug: 'homepage', limit: 0, depth: 0 })).totalDocs
    const saved = await api.post('/globals/homepage?draft=true&locale=zh', {
      token: tokens.editor,
      body: { hero: { heading: '首页标题' } },
    })
    expect(saved.status).toBe(200)
    const before = await count()
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'submit' }, tokens.editor)).status,
    ).toBe(200)
    const approved = await transition(
      api,
      'globals',
      'homepage',
      { action: 'approve' },
      tokens.reviewer,
    )
    expect(approved.status).toBe(200)
    expect(await count()).toBe(before)
    const working = await payload.findGlobal({ slug: 'homepage', draft: true, depth: 0 })
    expect(working.workflowStage).toBe(approved.body.workflowStage)
    expect(working.hero?.heading).toBe('首页标题')
  })
})

/** The workflow panel's data as `user` gets it in the edit view. */
const panelAs = async (user: User, id: string) =>
  loadPanelData(
    await createLocalReq({ user: { ...user, collection: 'users' } }, payload),
    'articles',
    id,
  )

describe('查看改动: what the reviewer compares the draft under review with', () => {
  it('a revision of a published article: the draft against the live version, for reviewers only', async () => {
    const id = await newArticle('比较线上版本')
    await throughReview(id)
    await act(id, 'publish', tokens.reviewer)
    const [live] = await versionsOf(id)
    const edited = await api.patch(`/articles/${id}?draft=true&locale=zh`, {
      token: tokens.editor,
      body: { content: richText('改过的正文') },
    })
    expect(edited.status).toBe(200)
    expect((await panelAs(suite.staff.reviewer, id))?.comparison).toBeNull() // not in a round
    await act(id, 'submit', tokens.editor)
    const [draft] = await versionsOf(id)

    const comparison = (await panelAs(suite.staff.reviewer, id))?.comparison
    expect(comparison).toEqual({ versionId: draft.id, baseVersionId: live.id, base: 'live' })
    expect((await panelAs(suite.staff.admin, id))?.comparison).toEqual(comparison)
    expect((await panelAs(suite.staff.editor, id))?.comparison).toBeNull()
    // Still the same pair once a level has approved: the approval adds no version.
    await act(id, 'approve', tokens.reviewer)
    expect((await panelAs(secondReviewer, id))?.comparison).toEqual(comparison)
  })

  it('never published: the draft against the text the last round approved; nothing on a first submission', async () => {
    const id = await newArticle('比较审核通过版本')
    await act(id, 'submit', tokens.editor)
    expect((await panelAs(suite.staff.reviewer, id))?.comparison).toBeNull()
    await act(id, 'approve', tokens.reviewer)
    await act(id, 'approve', tokens.secondReviewer)
    const [approved] = await versionsOf(id)
    expect((await panelAs(suite.staff.reviewer, id))?.comparison).toBeNull() // nothing changed

    await act(id, 'withdraw', tokens.editor)
    const edited = await api.patch(`/articles/${id}?draft=true&locale=zh`, {
      token: tokens.editor,
      body: { content: richText('撤回后改过的正文') },
    })
    expect(edited.status).toBe(200)
    await act(id, 'submit', tokens.editor)
    const [draft] = await versionsOf(id)
    expect(draft.id).not.toBe(approved.id)
    expect((await panelAs(suite.staff.reviewer, id))?.comparison).toEqual({
      versionId: draft.id,
      baseVersionId: approved.id,
      base: 'approved',
    })
  })
})
