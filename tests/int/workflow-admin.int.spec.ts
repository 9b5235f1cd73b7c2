import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import type { User } from '@/payload-types'
import { loadPanelData } from '@/workflow/admin/panel/loadPanelData'
import { loadQueue } from '@/workflow/admin/queue/loadQueue'
import { loadStageCounts } from '@/workflow/admin/queue/stageCounts'

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
    const queue = await loadQueue(await reqAs(staff.editor), 'all')
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

    const assigned = await loadQueue(await reqAs(staff.reviewer), 'assigned')
    expect(assigned.items.map((item) => item.id)).toEqual([second])
    const submitted = await loadQueue(await reqAs(staff.otherEditor), 'submitted')
    expect(submitted.items.map((item) => item.id)).toEqual([second])
  })

  it('shows an approved document as waiting for publication', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: String(staff.editor.id),
    })
    const queue = await loadQueue(await reqAs(staff.reviewer), 'all')
    expect(queue.items.find((item) => item.id === id)).toMatchObject({
      stage: 'approved',
      waitingLevel: null,
    })
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
