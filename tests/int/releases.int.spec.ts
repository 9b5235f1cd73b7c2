import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { verifyAuditChain } from '@/workflow/audit/verify'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, type Staff } from '../helpers/users'
import { articleData, eventData, historyOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let secondReviewer: User
let tokens: Record<keyof Staff | 'secondReviewer', string>

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  secondReviewer = await createStaff(payload, ['reviewer'], 'reviewer-2')
  tokens = {
    admin: await suite.login(staff.admin),
    reviewer: await suite.login(staff.reviewer),
    editor: await suite.login(staff.editor),
    otherEditor: await suite.login(staff.otherEditor),
    secondReviewer: await suite.login(secondReviewer),
  }
})

type ItemCollection = 'articles' | 'events'
type Item = { relationTo: ItemCollection; value: string }

/** A document written by the editor through the Local API with access control. */
const newItem = async (collection: ItemCollection = 'events', title?: string): Promise<Item> => {
  const doc = await payload.create({
    collection,
    data: (collection === 'articles' ? articleData(title) : eventData(title)) as never,
    user: staff.editor,
    overrideAccess: false,
  })
  return { relationTo: collection, value: String(doc.id) }
}

let releaseCounter = 0

/** `POST /api/releases` as the editor; the created release's id. */
const newRelease = async (items: Item[], token = tokens.editor, title?: string) => {
  releaseCounter += 1
  const response = await api.post('/releases', {
    token,
    body: { title: title ?? `发布批次 ${releaseCounter}`, items },
  })
  const body = (await response.json()) as { doc?: { id: string }; errors?: unknown }
  if (response.status !== 201 || !body.doc) {
    throw new Error(`release not created: ${response.status} ${JSON.stringify(body)}`)
  }
  return body.doc.id
}

type StatusAnswer = {
  workflowStage: string
  requiredApprovals: number
  approvals: { reviewer: string; level: number }[]
  revision: number
  actions: string[]
  history: { action: string }[]
  items: {
    collection: string
    id: string
    title: string
    workflowStage: string | null
    changedSinceSubmit: boolean | null
  }[]
}

const statusOf = async (id: string, token = tokens.reviewer) => {
  const response = await api.get(`/workflow/releases/${id}`, { token })
  expect(response.status).toBe(200)
  return (await response.json()) as StatusAnswer
}

type ErrorBody = { errors?: { message: string; data?: Record<string, unknown> }[] }

const firstError = (body: unknown) => (body as ErrorBody).errors?.[0]

const isLive = async (item: Item) =>
  (await api.get(`/${item.relationTo}/${item.value}?depth=0`)).status === 200

/** Submitted by the editor and approved by the reviewer: ready to publish. */
const approvedRelease = async (items: Item[]) => {
  const id = await newRelease(items)
  expect((await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)).status).toBe(
    200,
  )
  const approved = await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
  expect(approved).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
  return id
}

describe('the releases collection is staff only', () => {
  it('anonymous clients read no release over REST or GraphQL; staff do', async () => {
    const id = await newRelease([await newItem()], tokens.editor, '秘密批次标题')
    const list = await api.get('/releases')
    expect(list.status).toBe(403)
    const one = await api.get(`/releases/${id}`)
    expect(one.status).toBe(403)
    const gql = await api.graphql(`{ Releases { docs { id title } } }`)
    expect(JSON.stringify(await gql.json())).not.toContain('秘密批次标题')
    const byId = await api.graphql(`{ Release(id: "${id}") { title } }`)
    expect(JSON.stringify(await byId.json())).not.toContain('秘密批次标题')
    expect((await api.get(`/workflow/releases/${id}`)).status).toBe(401)

    const staffRead = await api.get(`/releases/${id}`, { token: tokens.editor })
    expect(await staffRead.text()).toContain('秘密批次标题')
    const staffGql = await api.graphql(`{ Release(id: "${id}") { title } }`, {
      token: tokens.otherEditor,
    })
    expect(JSON.stringify(await staffGql.json())).toContain('秘密批次标题')
  })

  it('the Local API with access control refuses anonymous reads and lets staff read', async () => {
    const id = await newRelease([await newItem()])
    await expect(
      payload.find({ collection: 'releases', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const found = await payload.findByID({
      collection: 'releases',
      id,
      overrideAccess: false,
      user: staff.otherEditor,
    })
    expect(found.id).toBe(id)
  })
})

describe('a document belongs to at most one open release', () => {
  it('adding it to a second release is a 400 naming the other (title and id)', async () => {
    const item = await newItem()
    const first = await newRelease([item], tokens.editor, '第一批')
    const response = await api.post('/releases', {
      token: tokens.otherEditor,
      body: { title: '第二批', items: [await newItem(), item] },
    })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('第一批')
    expect(text).toContain(first)

    const other = await newRelease([await newItem()], tokens.otherEditor)
    const patched = await api.patch(`/releases/${other}`, {
      token: tokens.otherEditor,
      body: { items: [item] },
    })
    expect(patched.status).toBe(400)
    expect(await patched.text()).toContain(first)
  })

  it('the same document twice in one release is a 400', async () => {
    const item = await newItem()
    const response = await api.post('/releases', {
      token: tokens.editor,
      body: { title: '重复', items: [item, item] },
    })
    expect(response.status).toBe(400)
  })

  it('once the release is published its items may go into a new release', async () => {
    const item = await newItem()
    const id = await approvedRelease([item])
    expect(
      (await transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)).status,
    ).toBe(200)
    await expect(newRelease([item])).resolves.toEqual(expect.any(String))
  })
})

/** A release already in `stage`, written server-side: set-up for the rule under test. */
const releaseInStage = async (stage: 'draft' | 'in_review' | 'approved') => {
  const item = await newItem()
  const isReview = stage !== 'draft'
  const doc = await payload.create({
    collection: 'releases',
    data: {
      title: `矩阵 ${stage}`,
      items: [item],
      workflowStage: stage,
      workflow: {
        createdBy: staff.editor.id,
        lastEditedBy: staff.editor.id,
        submittedBy: isReview ? staff.editor.id : null,
        requiredApprovals: 1,
      },
    } as never,
  })
  return { id: String(doc.id), item }
}

type Role = 'anonymous' | 'editor' | 'otherEditor' | 'reviewer' | 'admin'

const ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'publish',
  'unpublish',
  'archive',
  'restore',
] as const

/** What each role gets for each action on a release the editor wrote (and submitted). */
const expected = (stage: 'draft' | 'in_review' | 'approved', role: Role, action: string) => {
  if (role === 'anonymous') return 401
  const isReviewer = role === 'reviewer' || role === 'admin'
  const reviewerOnly = ['approve', 'request_changes', 'publish', 'unpublish', 'archive', 'restore']
  if (!isReviewer && reviewerOnly.includes(action)) return 403
  const inRound = stage !== 'draft'
  switch (action) {
    case 'submit':
      if (inRound) return 409
      return role === 'otherEditor' ? 403 : 200
    case 'withdraw':
      if (!inRound) return 409
      return role === 'editor' || role === 'admin' ? 200 : 403
    case 'approve':
      return stage === 'in_review' ? 200 : 409
    case 'request_changes':
    case 'publish':
      return inRound ? 200 : 409
    case 'unpublish':
    case 'restore':
      return 409
    default:
      return 200
  }
}

describe('the workflow matrix for releases: actions × stages × roles', () => {
  const roles: Role[] = ['anonymous', 'editor', 'otherEditor', 'reviewer', 'admin']
  for (const stage of ['draft', 'in_review', 'approved'] as const) {
    it(`answers every role and action as the rules say, from ${stage}`, async () => {
      const answers: string[] = []
      const wanted: string[] = []
      for (const role of roles) {
        for (const action of ACTIONS) {
          const { id } = await releaseInStage(stage)
          const token = role === 'anonymous' ? undefined : tokens[role]
          const body = action === 'request_changes' ? { action, comment: '请修改' } : { action }
          const answer = await transition(api, 'releases', id, body, token)
          answers.push(`${role} ${action}: ${answer.status}`)
          wanted.push(`${role} ${action}: ${expected(stage, role, action)}`)
        }
      }
      expect(answers).toEqual(wanted)
    })
  }

  it('404 for no such release, 400 for an unknown action, 409 for a stale revision', async () => {
    const missing = await transition(
      api,
      'releases',
      '00000000-0000-4000-8000-000000000000',
      { action: 'submit' },
      tokens.admin,
    )
    expect(missing.status).toBe(404)
    const { id } = await releaseInStage('draft')
    expect((await transition(api, 'releases', id, { action: 'ship' }, tokens.admin)).status).toBe(
      400,
    )
    const { revision } = await statusOf(id)
    expect(
      (
        await transition(
          api,
          'releases',
          id,
          { action: 'submit', revision: revision + 1 },
          tokens.editor,
        )
      ).body,
    ).toMatchObject({ errors: [{ data: { reason: 'staleRevision' } }] })
    const ok = await transition(api, 'releases', id, { action: 'submit', revision }, tokens.editor)
    expect(ok.status).toBe(200)
  })

  it('an empty release cannot be submitted', async () => {
    const id = await newRelease([])
    const answer = await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
    expect(answer.status).toBe(400)
    expect(firstError(answer.body)?.data).toMatchObject({ reason: 'emptyRelease' })
  })
})

describe('review levels of a release', () => {
  it('are the highest of its items’ collections, each level a different reviewer', async () => {
    // Articles need two levels by default, events one.
    const id = await newRelease([await newItem('events'), await newItem('articles')])
    await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
    expect((await statusOf(id)).requiredApprovals).toBe(2)

    const own = await newRelease([await newItem()], tokens.reviewer)
    await transition(api, 'releases', own, { action: 'submit' }, tokens.reviewer)
    const selfApproval = await transition(
      api,
      'releases',
      own,
      { action: 'approve' },
      tokens.reviewer,
    )
    expect(selfApproval.status).toBe(403)
    expect(firstError(selfApproval.body)?.data).toMatchObject({ reason: 'ownSubmission' })

    expect(
      (await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)).body,
    ).toMatchObject({ workflowStage: 'in_review' })
    const twice = await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
    expect(twice.status).toBe(403)
    expect(firstError(twice.body)?.data).toMatchObject({ reason: 'alreadyApproved' })
    const second = await transition(api, 'releases', id, { action: 'approve' }, tokens.admin)
    expect(second.body).toMatchObject({ workflowStage: 'approved' })
  })

  it('a reviewer who wrote an item may not approve its release (publishing an approved one is no approval)', async () => {
    // The editor's release holds an article the reviewer wrote: the editor submitted the release,
    // but approving it would approve the reviewer's own article.
    const ownArticle = await payload.create({
      collection: 'articles',
      data: articleData('审核员自己写的新闻') as never,
      user: staff.reviewer,
      overrideAccess: false,
    })
    const item: Item = { relationTo: 'articles', value: String(ownArticle.id) }
    const id = await newRelease([await newItem('events'), item])
    await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
    const refused = await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
    expect(refused.status).toBe(403)
    expect(firstError(refused.body)?.data).toMatchObject({
      reason: 'ownItem',
      item: { collection: 'articles', id: item.value, title: '审核员自己写的新闻' },
    })
    expect((await statusOf(id)).approvals).toEqual([])

    // Other reviewers fill both levels; publishing what they approved fills no level, as for documents.
    await transition(api, 'releases', id, { action: 'approve' }, tokens.secondReviewer)
    await transition(api, 'releases', id, { action: 'approve' }, tokens.admin)
    expect((await statusOf(id)).workflowStage).toBe('approved')
    const published = await transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)
    expect(published).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
  })

  it('workflow-settings may ask more of releases than their items need', async () => {
    await payload.updateGlobal({
      slug: 'workflow-settings',
      data: { reviewLevels: { releases: 3 } },
    })
    try {
      const id = await newRelease([await newItem('events')])
      await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
      expect((await statusOf(id)).requiredApprovals).toBe(3)
    } finally {
      await payload.updateGlobal({
        slug: 'workflow-settings',
        data: { reviewLevels: { releases: null } },
      })
    }
  })
})

describe('items move with their release while it is in review', () => {
  it('an item’s own transition is a 409 inRelease naming the release; withdrawing frees it', async () => {
    const item = await newItem()
    const id = await newRelease([item], tokens.editor, '活动批次')
    // While the release is a draft the item is free.
    const before = await transition(api, 'events', item.value, { action: 'submit' }, tokens.editor)
    expect(before.status).toBe(200)
    await transition(api, 'events', item.value, { action: 'withdraw' }, tokens.editor)

    await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
    const held = await transition(api, 'events', item.value, { action: 'submit' }, tokens.editor)
    expect(held.status).toBe(409)
    expect(firstError(held.body)?.data).toEqual({
      reason: 'inRelease',
      release: { id, title: '活动批次' },
    })
    const reviewerHeld = await transition(
      api,
      'events',
      item.value,
      { action: 'archive' },
      tokens.admin,
    )
    expect(reviewerHeld.status).toBe(409)
    // A role that may never do it still hears about its role first.
    expect(
      (await transition(api, 'events', item.value, { action: 'publish' }, tokens.editor)).status,
    ).toBe(403)

    await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
    expect(
      (await transition(api, 'events', item.value, { action: 'submit' }, tokens.editor)).status,
    ).toBe(409)

    expect(
      (await transition(api, 'releases', id, { action: 'withdraw' }, tokens.editor)).status,
    ).toBe(200)
    const freed = await transition(api, 'events', item.value, { action: 'submit' }, tokens.editor)
    expect(freed).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
  })

  it('editing an item during review voids the release round’s approvals', async () => {
    const edited = await newItem('articles')
    const untouched = await newItem('events')
    const id = await newRelease([edited, untouched])
    await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
    await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
    const approvedOnce = await statusOf(id)
    expect(approvedOnce.approvals).toHaveLength(1)
    expect(approvedOnce.items.map((item) => item.changedSinceSubmit)).toEqual([false, false])

    const patched = await api.patch(`/articles/${edited.value}`, {
      token: tokens.editor,
      body: { title: '审核期间改过的标题' },
    })
    expect(patched.status).toBe(200)

    const after = await statusOf(id)
    expect(after.workflowStage).toBe('in_review')
    expect(after.approvals).toEqual([])
    expect(after.history.at(-1)).toMatchObject({ action: 'edit' })
    expect(after.items).toEqual([
      {
        collection: 'articles',
        id: edited.value,
        title: '审核期间改过的标题',
        workflowStage: 'draft',
        changedSinceSubmit: true,
      },
      expect.objectContaining({ id: untouched.value, changedSinceSubmit: false }),
    ])
    // The round starts over: the first level again, by anyone but the one who edited.
    await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
    await transition(api, 'releases', id, { action: 'approve' }, tokens.admin)
    expect((await statusOf(id)).workflowStage).toBe('approved')

    // An approved release goes back to review when an item changes.
    await api.patch(`/events/${untouched.value}`, {
      token: tokens.reviewer,
      body: { title: '批准后又改' },
    })
    const back = await statusOf(id)
    expect(back.workflowStage).toBe('in_review')
    expect(back.approvals).toEqual([])
    // The reviewer who edited it is its last editor now and approves no level of it.
    const byCorrector = await transition(
      api,
      'releases',
      id,
      { action: 'approve' },
      tokens.reviewer,
    )
    expect(firstError(byCorrector.body)?.data).toMatchObject({ reason: 'lastEditor' })
  })
})

/** Every way an anonymous client could find the items, as text to search. */
const anonymousViews = async (items: Item[]) => {
  const texts: string[] = []
  for (const collection of ['events', 'articles'] as const) {
    texts.push(await (await api.get(`/${collection}?limit=100&depth=0`)).text())
  }
  const gql = await api.graphql(`{ Events(limit: 100) { docs { id title } } }`)
  texts.push(JSON.stringify(await gql.json()))
  for (const item of items)
    texts.push(await (await api.get(`/${item.relationTo}/${item.value}`)).text())
  return texts.join('\n')
}

describe('publishing a release is atomic', () => {
  it('one invalid item among 30 leaves all unpublished and the answer names it; fixed, all go live', async () => {
    const items: Item[] = []
    for (let index = 0; index < 30; index += 1) {
      items.push(await newItem('events', `原子批次条目 ${index}`))
    }
    const broken = items[16]
    // A draft save does not validate (Payload drafts); publishing does. Made server-side: the
    // item's required start date is gone from its working copy.
    await payload.update({
      collection: 'events',
      id: broken.value,
      data: { startDate: null } as never,
      draft: true,
    })
    const id = await approvedRelease(items)

    const refused = await transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)
    expect(refused.status).toBe(409)
    const error = firstError(refused.body)
    expect(error?.data).toMatchObject({
      reason: 'itemInvalid',
      item: { collection: 'events', id: broken.value, title: '原子批次条目 16' },
      errors: [expect.objectContaining({ path: 'startDate' })],
    })
    expect(error?.message).toContain(broken.value)

    expect(await anonymousViews(items)).not.toContain('原子批次条目')
    for (const item of items) expect(await isLive(item)).toBe(false)
    const status = await statusOf(id)
    expect(status.workflowStage).toBe('approved')
    expect(status.items.every((item) => item.workflowStage === 'draft')).toBe(true)
    for (const item of [items[0], items[15], broken, items[29]]) {
      expect(await historyOf(payload, 'events', item.value)).toEqual([])
    }
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })

    // The item is fixed (a correction: the release goes back to review), then it all goes live.
    const fixed = await api.patch(`/events/${broken.value}`, {
      token: tokens.editor,
      body: { startDate: '2025-06-01T01:00:00.000Z' },
    })
    expect(fixed.status).toBe(200)
    expect((await statusOf(id)).workflowStage).toBe('in_review')
    await transition(api, 'releases', id, { action: 'approve' }, tokens.secondReviewer)
    const published = await transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)
    expect(published).toMatchObject({
      status: 200,
      body: { workflowStage: 'published', _status: 'published' },
    })
    const views = await anonymousViews(items)
    for (let index = 0; index < 30; index += 1) expect(views).toContain(`原子批次条目 ${index}`)
    for (const item of items) expect(await isLive(item)).toBe(true)
    const itemHistory = await historyOf(payload, 'events', broken.value)
    expect(itemHistory.at(-1)).toMatchObject({
      action: 'publish',
      toStage: 'published',
      release: id,
    })
    expect((await statusOf(id)).items.every((item) => item.workflowStage === 'published')).toBe(
      true,
    )
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
    // The release itself stays out of reach.
    expect((await api.get(`/releases/${id}`)).status).toBe(403)
  })

  it('unpublishing and archiving a release take every item down', async () => {
    const items = [await newItem('events', '下线批次 A'), await newItem('events', '下线批次 B')]
    const id = await approvedRelease(items)
    await transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)
    expect(await anonymousViews(items)).toContain('下线批次 B')

    const down = await transition(api, 'releases', id, { action: 'unpublish' }, tokens.reviewer)
    expect(down).toMatchObject({ status: 200, body: { workflowStage: 'draft' } })
    expect(await anonymousViews(items)).not.toContain('下线批次')
    expect((await historyOf(payload, 'events', items[0].value)).at(-1)).toMatchObject({
      action: 'unpublish',
      release: id,
    })

    // Unpublished, the release is a draft that holds its items again: another round.
    await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)
    await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)
    await transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)
    expect(await anonymousViews(items)).toContain('下线批次 A')
    const archived = await transition(api, 'releases', id, { action: 'archive' }, tokens.admin)
    expect(archived).toMatchObject({ status: 200, body: { workflowStage: 'archived' } })
    expect(await anonymousViews(items)).not.toContain('下线批次')
    expect((await statusOf(id)).items.map((item) => item.workflowStage)).toEqual([
      'archived',
      'archived',
    ])
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })
})
