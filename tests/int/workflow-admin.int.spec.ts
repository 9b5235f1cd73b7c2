import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import type { User } from '@/payload-types'
import { loadPanelData } from '@/workflow/admin/panel/loadPanelData'
import { countTabs, itemsOfTab, loadQueue } from '@/workflow/admin/queue/loadQueue'
import { loadGlobalStages, loadStageCounts } from '@/workflow/admin/queue/stageCounts'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD, type Staff } from '../helpers/users'
import { articleData, documentInStage, eventData, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: Record<keyof Staff, string>

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  const login = (user: User) => api.login(user.email, TEST_PASSWORD)
  tokens = {
    admin: await login(staff.admin),
    reviewer: await login(staff.reviewer),
    editor: await login(staff.editor),
    otherEditor: await login(staff.otherEditor),
  }
})

/** A request made as `user`, as the admin views make it. */
const reqAs = (user: User): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'users' } }, payload)

const createAs = async (collection: 'articles' | 'events', token: string, title?: string) => {
  const body = collection === 'articles' ? articleData(title) : eventData(title)
  const response = await api.post(`/${collection}`, { token, body })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

describe('workflow panel data', () => {
  it('offers an editor only submit on their own draft, with reviewers to assign', async () => {
    const id = await createAs('events', tokens.editor)
    const data = await loadPanelData(await reqAs(staff.editor), 'events', id)
    expect(data?.status.stage).toBe('draft')
    expect(data?.status.actions).toEqual(['submit'])
    expect(data?.names[String(staff.editor.id)]).toBe(staff.editor.name)
    const reviewerIds = data?.reviewers.map((person) => person.id)
    expect(reviewerIds).toEqual(
      expect.arrayContaining([String(staff.reviewer.id), String(staff.admin.id)]),
    )
    expect(reviewerIds).not.toContain(String(staff.editor.id))
  })

  it('offers what GET /api/workflow offers, so the panel and the API agree', async () => {
    const id = await createAs('events', tokens.editor)
    expect((await transition(api, 'events', id, { action: 'submit' }, tokens.editor)).status).toBe(
      200,
    )
    for (const [user, token] of [
      [staff.reviewer, tokens.reviewer],
      [staff.editor, tokens.editor],
      [staff.otherEditor, tokens.otherEditor],
      [staff.admin, tokens.admin],
    ] as const) {
      const data = await loadPanelData(await reqAs(user), 'events', id)
      const response = await api.get(`/workflow/events/${id}`, { token })
      const body = (await response.json()) as { actions: string[] }
      expect(data?.status.actions).toEqual(body.actions)
    }
    const reviewer = await loadPanelData(await reqAs(staff.reviewer), 'events', id)
    expect(reviewer?.status.actions).toEqual(
      expect.arrayContaining(['approve', 'request_changes', 'publish']),
    )
    expect(reviewer?.submittedBy).toBe(String(staff.editor.id))
    expect(reviewer?.status.history.map((event) => event.action)).toEqual(['submit'])
  })

  it('names the open release that holds a document, and no release once it is published', async () => {
    const held = await createAs('events', tokens.editor, '面板测试：批次中的活动')
    const free = await createAs('events', tokens.editor, '面板测试：不在批次中')
    const created = await api.post('/releases', {
      token: tokens.editor,
      body: { title: '面板测试批次', items: [{ relationTo: 'events', value: held }] },
    })
    expect(created.status).toBe(201)
    const release = ((await created.json()) as { doc: { id: string } }).doc.id

    const data = await loadPanelData(await reqAs(staff.editor), 'events', held)
    expect(data?.release).toEqual({ id: release, title: '面板测试批次' })
    expect((await loadPanelData(await reqAs(staff.editor), 'events', free))?.release).toBeNull()
    // A release's own panel names no release.
    expect(
      (await loadPanelData(await reqAs(staff.editor), 'releases', release))?.release,
    ).toBeNull()

    await transition(api, 'releases', release, { action: 'submit' }, tokens.editor)
    await transition(api, 'releases', release, { action: 'publish' }, tokens.reviewer)
    expect((await loadPanelData(await reqAs(staff.editor), 'events', held))?.release).toBeNull()
  })

  it('is null for a document that does not exist', async () => {
    expect(await loadPanelData(await reqAs(staff.admin), 'events', 'no-such-id')).toBeNull()
  })
})

describe('review queue', () => {
  it('lists what waits for a reviewer, oldest first, with the level and the people', async () => {
    const first = await createAs('articles', tokens.editor, '队列测试：先提交')
    const second = await createAs('events', tokens.otherEditor, '队列测试：后提交')
    const draft = await createAs('events', tokens.editor, '队列测试：草稿')
    await transition(api, 'articles', first, { action: 'submit' }, tokens.editor)
    await transition(
      api,
      'events',
      second,
      { action: 'submit', assignee: String(staff.reviewer.id) },
      tokens.otherEditor,
    )

    // An editor may not read other accounts, yet sees the names of author and assignee.
    const queue = await loadQueue(await reqAs(staff.editor))
    const ids = queue.items.map((item) => item.id)
    expect(ids).not.toContain(draft)
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second))
    const waiting = queue.items.find((item) => item.id === second)
    expect(waiting).toMatchObject({
      stage: 'in_review',
      waitingLevel: 1,
      title: '队列测试：后提交',
    })
    expect(queue.names[waiting?.assignee ?? '']).toBe(staff.reviewer.name)
    expect(queue.names[waiting?.author ?? '']).toBe(staff.otherEditor.name)
  })

  it('splits the queue into 等我处理 and 等待他人 by who may act now', async () => {
    // An editor's own submission, open to any reviewer.
    const open = await createAs('articles', tokens.editor, '分栏：待第一审')
    expect(
      (await transition(api, 'articles', open, { action: 'submit' }, tokens.editor)).status,
    ).toBe(200)
    // Assigned to the reviewer.
    const assigned = await createAs('events', tokens.otherEditor, '分栏：指定审核员')
    expect(
      (
        await transition(
          api,
          'events',
          assigned,
          { action: 'submit', assignee: String(staff.reviewer.id) },
          tokens.otherEditor,
        )
      ).status,
    ).toBe(200)
    // Articles take two levels; the reviewer has approved the first, so the second is someone
    // else's.
    const secondLevel = await createAs('articles', tokens.otherEditor, '分栏：待第二审')
    expect(
      (await transition(api, 'articles', secondLevel, { action: 'submit' }, tokens.otherEditor))
        .status,
    ).toBe(200)
    expect(
      (await transition(api, 'articles', secondLevel, { action: 'approve' }, tokens.reviewer))
        .status,
    ).toBe(200)
    // The reviewer's own submission: nobody approves their own work.
    const ownByReviewer = await createAs('events', tokens.reviewer, '分栏：审核员自己的稿件')
    expect(
      (await transition(api, 'events', ownByReviewer, { action: 'submit' }, tokens.reviewer))
        .status,
    ).toBe(200)
    // Approved, waiting for publication: any reviewer may publish.
    const approved = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: String(staff.editor.id),
    })

    const watched = [open, assigned, secondLevel, ownByReviewer, approved]
    const tabsOf = async (user: User) => {
      const { items } = await loadQueue(await reqAs(user))
      const mine = itemsOfTab(items, 'mine').map((item) => item.id)
      const others = itemsOfTab(items, 'others').map((item) => item.id)
      // Every waiting document is in exactly one tab, and the counts are the tabs' lengths.
      expect([...mine, ...others].sort()).toEqual(items.map((item) => item.id).sort())
      expect(countTabs(items)).toEqual({ mine: mine.length, others: others.length })
      const pick = (list: string[]) => watched.filter((id) => list.includes(id))
      return { mine: pick(mine), others: pick(others), items }
    }

    const editor = await tabsOf(staff.editor)
    expect(editor.mine).toEqual([])
    expect(editor.others.sort()).toEqual([...watched].sort())

    const reviewer = await tabsOf(staff.reviewer)
    expect(reviewer.mine.sort()).toEqual([open, assigned, approved].sort())
    expect(reviewer.others.sort()).toEqual([secondLevel, ownByReviewer].sort())

    const admin = await tabsOf(staff.admin)
    expect(admin.mine.sort()).toEqual([open, secondLevel, ownByReviewer, approved].sort())
    expect(admin.others).toEqual([assigned])
    expect(admin.items.find((item) => item.id === secondLevel)).toMatchObject({
      waitingLevel: 2,
      requiredApprovals: 2,
      isMine: true,
    })

    // Once the admin has filled the second level, the document waits for publication.
    expect(
      (await transition(api, 'articles', secondLevel, { action: 'approve' }, tokens.admin)).status,
    ).toBe(200)
    expect((await tabsOf(staff.reviewer)).mine).toContain(secondLevel)
    expect((await tabsOf(staff.admin)).mine).toContain(secondLevel)
  })

  it('shows an approved document as waiting for publication', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: String(staff.editor.id),
    })
    const queue = await loadQueue(await reqAs(staff.reviewer))
    expect(queue.items.find((item) => item.id === id)).toMatchObject({
      stage: 'approved',
      waitingLevel: null,
    })
  })
})

describe('review queue: releases', () => {
  it('lists a submitted release with its number of documents, for reviewers to act on', async () => {
    const items = [
      { relationTo: 'events', value: await createAs('events', tokens.editor, '队列批次：活动') },
      {
        relationTo: 'articles',
        value: await createAs('articles', tokens.editor, '队列批次：文章'),
      },
    ]
    const created = await api.post('/releases', {
      token: tokens.editor,
      body: { title: '队列测试批次', items },
    })
    expect(created.status).toBe(201)
    const release = ((await created.json()) as { doc: { id: string } }).doc.id
    const before = await loadQueue(await reqAs(staff.reviewer))
    expect(before.items.map((item) => item.id)).not.toContain(release)

    await transition(api, 'releases', release, { action: 'submit' }, tokens.editor)
    const reviewerQueue = await loadQueue(await reqAs(staff.reviewer))
    const queued = reviewerQueue.items.find((item) => item.id === release)
    expect(queued).toMatchObject({
      collection: 'releases',
      title: '队列测试批次',
      stage: 'in_review',
      itemCount: 2,
      isMine: true,
      waitingLevel: 1,
    })
    // The levels the workflow fixed at submit: the highest of its items' collections.
    const status = await api.get(`/workflow/releases/${release}`, { token: tokens.reviewer })
    const { requiredApprovals } = (await status.json()) as { requiredApprovals: number }
    expect(requiredApprovals).toBeGreaterThan(1)
    expect(queued?.requiredApprovals).toBe(requiredApprovals)
    // Documents carry no count; the submitter waits for someone else.
    expect(
      reviewerQueue.items.every(
        (item) => item.collection === 'releases' || item.itemCount === null,
      ),
    ).toBe(true)
    const editorQueue = await loadQueue(await reqAs(staff.editor))
    expect(editorQueue.items.find((item) => item.id === release)).toMatchObject({ isMine: false })
  })
})

describe('the workflow globals in the queue', () => {
  it('lists a submitted global under its label, mine for a reviewer, waiting for others for its editor', async () => {
    const saved = await api.post('/globals/official-figures', {
      token: tokens.editor,
      body: { figures: [{ key: 'queue-figure', label: '队列测试数据', value: 3 }] },
    })
    expect(saved.status).toBe(200)
    const inQueue = async (user: User) =>
      (await loadQueue(await reqAs(user))).items.find(
        (item) => item.collection === 'globals' && item.id === 'official-figures',
      )
    // A draft waits for nobody.
    expect(await inQueue(staff.reviewer)).toBeUndefined()
    expect((await loadGlobalStages(await reqAs(staff.admin)))['official-figures']).toBe('draft')

    expect(
      (await transition(api, 'globals', 'official-figures', { action: 'submit' }, tokens.editor))
        .status,
    ).toBe(200)
    expect(await inQueue(staff.reviewer)).toMatchObject({
      title: '官方统计数据',
      stage: 'in_review',
      waitingLevel: 1,
      requiredApprovals: 1,
      submittedBy: String(staff.editor.id),
      isMine: true,
      itemCount: null,
    })
    expect(await inQueue(staff.admin)).toMatchObject({ isMine: true })
    // Its editor may not approve their own submission; another editor may approve nothing.
    expect(await inQueue(staff.editor)).toMatchObject({ isMine: false })
    expect(await inQueue(staff.otherEditor)).toMatchObject({ isMine: false })
    expect((await loadGlobalStages(await reqAs(staff.editor)))['official-figures']).toBe(
      'in_review',
    )

    expect(
      (await transition(api, 'globals', 'official-figures', { action: 'approve' }, tokens.reviewer))
        .status,
    ).toBe(200)
    expect(await inQueue(staff.admin)).toMatchObject({ stage: 'approved', waitingLevel: null })
    expect(
      (await transition(api, 'globals', 'official-figures', { action: 'publish' }, tokens.admin))
        .status,
    ).toBe(200)
    expect(await inQueue(staff.admin)).toBeUndefined()
    expect((await loadGlobalStages(await reqAs(staff.reviewer)))['official-figures']).toBe(
      'published',
    )
  })
})

describe('stage counts', () => {
  it("counts a live document's new round as in review, not as published", async () => {
    const before = await loadStageCounts(await reqAs(staff.admin))
    const id = await documentInStage(payload, 'events', {
      stage: 'published',
      author: String(staff.editor.id),
    })
    const edit = await api.patch(`/events/${id}`, {
      token: tokens.editor,
      body: { title: '已发布活动的新一轮修改' },
    })
    expect(edit.status).toBe(200)
    expect((await transition(api, 'events', id, { action: 'submit' }, tokens.editor)).status).toBe(
      200,
    )
    const after = await loadStageCounts(await reqAs(staff.admin))
    expect(after.events.in_review).toBe(before.events.in_review + 1)
    expect(after.events.published).toBe(before.events.published)
  })
})
