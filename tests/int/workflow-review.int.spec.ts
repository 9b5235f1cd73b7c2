import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, TEST_PASSWORD, type Staff } from '../helpers/users'
import {
  articleData,
  documentInStage,
  eventData,
  historyOf,
  stateOf,
  transition,
} from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let secondReviewer: User
let thirdReviewer: User
let tokens: Record<keyof Staff | 'secondReviewer' | 'thirdReviewer', string>

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  secondReviewer = await createStaff(payload, ['reviewer'], 'reviewer-2')
  thirdReviewer = await createStaff(payload, ['reviewer'], 'reviewer-3')
  const login = (user: User) => api.login(user.email, TEST_PASSWORD)
  tokens = {
    admin: await login(staff.admin),
    reviewer: await login(staff.reviewer),
    editor: await login(staff.editor),
    otherEditor: await login(staff.otherEditor),
    secondReviewer: await login(secondReviewer),
    thirdReviewer: await login(thirdReviewer),
  }
})

const createAs = async (collection: 'articles' | 'events', token: string) => {
  const body = collection === 'articles' ? articleData() : eventData()
  const response = await api.post(`/${collection}`, { token, body })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

describe('four eyes', () => {
  it('a reviewer cannot approve a submission they wrote', async () => {
    const id = await createAs('events', tokens.reviewer)
    expect(
      (await transition(api, 'events', id, { action: 'submit' }, tokens.reviewer)).status,
    ).toBe(200)
    const own = await transition(api, 'events', id, { action: 'approve' }, tokens.reviewer)
    expect(own.status).toBe(403)
    const ownPublish = await transition(api, 'events', id, { action: 'publish' }, tokens.reviewer)
    expect(ownPublish.status).toBe(403)
    expect((await stateOf(payload, 'events', id)).workflowStage).toBe('in_review')
    expect(
      (await transition(api, 'events', id, { action: 'approve' }, tokens.secondReviewer)).status,
    ).toBe(200)
  })

  it('a reviewer who corrected a submission (recorded) cannot approve it; another can', async () => {
    const id = await createAs('events', tokens.editor)
    await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
    const correction = await api.patch(`/events/${id}?draft=true`, {
      token: tokens.reviewer,
      body: { title: '审核员修正后的标题' },
    })
    expect(correction.status).toBe(200)
    const history = await historyOf(payload, 'events', id)
    expect(
      history.map(({ action, fromStage, toStage, actor }) => ({
        action,
        fromStage,
        toStage,
        actor,
      })),
    ).toEqual([
      { action: 'submit', fromStage: 'draft', toStage: 'in_review', actor: staff.editor.id },
      { action: 'edit', fromStage: 'in_review', toStage: 'in_review', actor: staff.reviewer.id },
    ])
    const approve = await transition(api, 'events', id, { action: 'approve' }, tokens.reviewer)
    expect(approve.status).toBe(403)
    const other = await transition(api, 'events', id, { action: 'approve' }, tokens.secondReviewer)
    expect(other).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
  })

  it('an editor cannot edit a submission under review until they withdraw it', async () => {
    const id = await createAs('events', tokens.editor)
    await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
    const rest = await api.patch(`/events/${id}?draft=true`, {
      token: tokens.editor,
      body: { title: '审核中偷改' },
    })
    expect(rest.status).toBe(409)
    const gql = await api.graphql(
      `mutation ($id: String!) { updateEvent(id: $id, draft: true, data: { title: "GraphQL 偷改" }) { id } }`,
      { token: tokens.editor, variables: { id } },
    )
    const gqlJson = (await gql.json()) as { errors?: { message: string }[] }
    expect(gqlJson.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({
        collection: 'events',
        id,
        data: { title: 'Local API 偷改' },
        draft: true,
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 409 })
    const latest = await payload.findByID({ collection: 'events', id, draft: true })
    expect(latest.title).not.toMatch(/偷改/)

    expect(
      (await transition(api, 'events', id, { action: 'withdraw' }, tokens.editor)).status,
    ).toBe(200)
    const after = await api.patch(`/events/${id}?draft=true`, {
      token: tokens.editor,
      body: { title: '撤回后修改' },
    })
    expect(after.status).toBe(200)
    expect((await stateOf(payload, 'events', id)).workflowStage).toBe('draft')
  })

  it('requesting changes needs a comment; the author revises and resubmits', async () => {
    const id = await createAs('events', tokens.editor)
    await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
    const bare = await transition(api, 'events', id, { action: 'request_changes' }, tokens.reviewer)
    expect(bare.status).toBe(400)
    const blank = await transition(
      api,
      'events',
      id,
      { action: 'request_changes', comment: '   ' },
      tokens.reviewer,
    )
    expect(blank.status).toBe(400)
    const sent = await transition(
      api,
      'events',
      id,
      { action: 'request_changes', comment: '请补充主办单位' },
      tokens.reviewer,
    )
    expect(sent).toMatchObject({ status: 200, body: { workflowStage: 'changes_requested' } })
    expect(sent.body.history?.at(-1)).toMatchObject({ comment: '请补充主办单位' })
    const revised = await api.patch(`/events/${id}?draft=true`, {
      token: tokens.editor,
      body: { organizers: [{ name: '青岛市科学技术协会' }] },
    })
    expect(revised.status).toBe(200)
    const again = await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
    expect(again).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
  })
})

describe('what is submitted can be published', () => {
  /** The fields Payload's validation named, as the workflow endpoint passes them on. */
  const fieldErrorsOf = (body: unknown): string[] =>
    (
      body as { errors?: { data?: { errors?: { path: string }[] } }[] }
    ).errors?.[0]?.data?.errors?.map(({ path }) => path) ?? []

  const incompleteDraft = async (token: string) => {
    // A draft save is not validated (Payload's drafts): the required text may still be missing.
    const response = await api.post('/articles?draft=true', {
      token,
      body: { title: articleData().title },
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: string } }).doc.id
  }

  it('a draft missing a required field is not submitted (400 naming it); complete, it is', async () => {
    const id = await incompleteDraft(tokens.editor)
    const before = (await historyOf(payload, 'articles', id)).length
    const refused = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(refused.status).toBe(400)
    expect(fieldErrorsOf(refused.body)).toEqual(['content'])
    expect((await stateOf(payload, 'articles', id)).workflowStage).toBe('draft')
    expect(await historyOf(payload, 'articles', id)).toHaveLength(before)
    const saved = await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.editor,
      body: { content: articleData().content },
    })
    expect(saved.status).toBe(200)
    const submitted = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submitted.status).toBe(200)
    expect((await stateOf(payload, 'articles', id)).workflowStage).toBe('in_review')
  })

  it("a reviewer's correction that empties a required field is not approved (400 naming it)", async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'in_review',
      author: String(staff.editor.id),
      submitter: String(staff.editor.id),
    })
    const corrected = await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.reviewer,
      body: { content: null },
    })
    expect(corrected.status).toBe(200)
    const refused = await transition(
      api,
      'articles',
      id,
      { action: 'approve' },
      tokens.secondReviewer,
    )
    expect(refused.status).toBe(400)
    expect(fieldErrorsOf(refused.body)).toEqual(['content'])
    expect((await stateOf(payload, 'articles', id)).workflowStage).toBe('in_review')
  })

  it('a revision of a live document that empties a required field is not submitted either', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: String(staff.editor.id),
    })
    const saved = await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.editor,
      body: { content: null },
    })
    expect(saved.status).toBe(200)
    const refused = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(refused.status).toBe(400)
    expect(fieldErrorsOf(refused.body)).toEqual(['content'])
    // The revision stays a draft beside the live version, which is untouched.
    const state = await stateOf(payload, 'articles', id)
    expect(state).toMatchObject({ workflowStage: 'draft', isLive: true })
  })
})

describe('review levels (三审)', () => {
  it('news needs two different reviewers by default; publishing early is a conflict', async () => {
    const id = await createAs('articles', tokens.editor)
    await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    const early = await transition(api, 'articles', id, { action: 'publish' }, tokens.reviewer)
    expect(early.status).toBe(409)

    const first = await transition(api, 'articles', id, { action: 'approve' }, tokens.reviewer)
    expect(first).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
    expect(first.body.history?.at(-1)).toMatchObject({ action: 'approve', reviewLevel: 1 })

    const twice = await transition(api, 'articles', id, { action: 'approve' }, tokens.reviewer)
    expect(twice.status).toBe(403)
    const twicePublish = await transition(
      api,
      'articles',
      id,
      { action: 'publish' },
      tokens.reviewer,
    )
    expect(twicePublish.status).toBe(403)
    expect((await stateOf(payload, 'articles', id)).workflowStage).toBe('in_review')

    // The second level, approved and published at once.
    const last = await transition(api, 'articles', id, { action: 'publish' }, tokens.secondReviewer)
    expect(last).toMatchObject({
      status: 200,
      body: { workflowStage: 'published', _status: 'published' },
    })
    expect(last.body.history?.at(-1)).toMatchObject({ action: 'publish', reviewLevel: 2 })
    expect((await api.get(`/articles/${id}`)).status).toBe(200)
  })

  it('only admins set the levels; staff read them; anonymous clients do not', async () => {
    const body = { reviewLevels: { articles: 3 } }
    expect(
      (await api.post('/globals/workflow-settings', { token: tokens.reviewer, body })).status,
    ).toBe(403)
    expect(
      (await api.post('/globals/workflow-settings', { token: tokens.editor, body })).status,
    ).toBe(403)
    expect((await api.get('/globals/workflow-settings')).status).toBe(403)
    const read = await api.get('/globals/workflow-settings', { token: tokens.editor })
    expect(await read.json()).toMatchObject({ reviewLevels: { articles: 2, events: 1 } })
    const tooMany = await api.post('/globals/workflow-settings', {
      token: tokens.admin,
      body: { reviewLevels: { articles: 4 } },
    })
    expect(tooMany.status).toBe(400)
  })

  it('three levels: each by a different reviewer, approved only after the third', async () => {
    const set = await api.post('/globals/workflow-settings', {
      token: tokens.admin,
      body: { reviewLevels: { articles: 3 } },
    })
    expect(set.status).toBe(200)
    try {
      const id = await createAs('articles', tokens.editor)
      await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
      const levels: [string, string][] = [
        [tokens.reviewer, 'in_review'],
        [tokens.secondReviewer, 'in_review'],
        [tokens.thirdReviewer, 'approved'],
      ]
      for (const [token, stage] of levels) {
        const answer = await transition(api, 'articles', id, { action: 'approve' }, token)
        expect(answer).toMatchObject({ status: 200, body: { workflowStage: stage } })
      }
      const approvals = (await historyOf(payload, 'articles', id)).filter(
        (event) => event.action === 'approve',
      )
      expect(approvals.map((event) => [event.actor, event.reviewLevel])).toEqual([
        [staff.reviewer.id, 1],
        [secondReviewer.id, 2],
        [thirdReviewer.id, 3],
      ])
      const published = await transition(api, 'articles', id, { action: 'publish' }, tokens.admin)
      expect(published.body.workflowStage).toBe('published')
    } finally {
      await payload.updateGlobal({
        slug: 'workflow-settings',
        data: { reviewLevels: { articles: 2 } },
      })
    }
  })
})

describe('concurrency', () => {
  it('20 concurrent approvals: exactly one applies, the rest are 409, one history record', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'in_review',
      author: staff.editor.id,
    })
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        transition(api, 'events', id, { action: 'approve' }, tokens.reviewer),
      ),
    )
    const statuses = answers.map(({ status }) => status).sort()
    expect(statuses).toEqual([200, ...Array(19).fill(409)])
    expect(await stateOf(payload, 'events', id)).toMatchObject({ workflowStage: 'approved' })
    const history = await historyOf(payload, 'events', id)
    expect(history.map((event) => event.action)).toEqual(['approve'])
  })

  it('different actions at once on one document apply one after another, each recorded', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'in_review',
      author: staff.editor.id,
    })
    const requests: [string, string][] = [
      ['approve', tokens.reviewer],
      ['approve', tokens.secondReviewer],
      ['request_changes', tokens.thirdReviewer],
      ['withdraw', tokens.editor],
      ['publish', tokens.admin],
      ['submit', tokens.editor],
    ]
    const answers = await Promise.all(
      requests.map(([action, token]) =>
        transition(api, 'events', id, { action, comment: '同时' }, token),
      ),
    )
    expect(answers.every(({ status }) => status === 200 || status === 409)).toBe(true)
    // As if run in some order: every record starts where the one before ended.
    const history = await historyOf(payload, 'events', id)
    expect(history).toHaveLength(answers.filter(({ status }) => status === 200).length)
    history.forEach((event, index) => {
      expect(event.fromStage).toBe(index === 0 ? 'in_review' : history[index - 1].toStage)
      expect(event.revision).toBe(index + 1)
    })
    expect((await stateOf(payload, 'events', id)).workflowStage).toBe(history.at(-1)?.toStage)
  })
})

describe('requests the endpoint refuses', () => {
  it('answers 400, 401 and 404 as the contract says, and changes nothing', async () => {
    const id = await documentInStage(payload, 'events', { stage: 'draft', author: staff.editor.id })
    const post = (path: string, body: unknown, token?: string) =>
      api.post(path, { token, body: body as never })
    const at = `/workflow/events/${id}`
    expect((await post(at, { action: 'submit' })).status).toBe(401)
    expect((await post(at, '{"action": "submit"', tokens.editor)).status).toBe(400)
    expect((await post(at, '[]', tokens.editor)).status).toBe(400)
    expect((await post(at, { action: 'launch' }, tokens.editor)).status).toBe(400)
    expect((await post(at, {}, tokens.editor)).status).toBe(400)
    expect((await post(at, { action: 'submit', extra: 1 }, tokens.editor)).status).toBe(400)
    expect((await post(at, { action: 'submit', comment: 5 }, tokens.editor)).status).toBe(400)
    const badDates = [
      { action: 'publish', publishAt: 'tomorrow' },
      { action: 'publish', publishAt: '2031-02-30T10:00:00Z' },
      { action: 'publish', publishAt: '2031-01-01' },
      { action: 'unpublish', unpublishAt: 12 },
      { action: 'submit', publishAt: '2031-01-01T10:00:00Z' },
    ]
    for (const body of badDates) expect((await post(at, body, tokens.reviewer)).status).toBe(400)
    expect(
      (await post(at, { action: 'submit', assignee: staff.otherEditor.id }, tokens.editor)).status,
    ).toBe(400)
    expect(
      (await post('/workflow/media/whatever', { action: 'submit' }, tokens.editor)).status,
    ).toBe(404)
    expect(
      (await post('/workflow/nothing/whatever', { action: 'submit' }, tokens.editor)).status,
    ).toBe(404)
    expect(
      (
        await post(
          '/workflow/events/00000000-0000-4000-8000-000000000000',
          { action: 'submit' },
          tokens.editor,
        )
      ).status,
    ).toBe(404)
    expect(await stateOf(payload, 'events', id)).toMatchObject({ workflowStage: 'draft' })
    expect(await historyOf(payload, 'events', id)).toHaveLength(0)
  })

  it('tells the admin UI what the user may do now', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'in_review',
      author: staff.editor.id,
    })
    const asEditor = await api.get(`/workflow/events/${id}`, { token: tokens.editor })
    expect(await asEditor.json()).toMatchObject({
      workflowStage: 'in_review',
      actions: ['withdraw'],
    })
    const asReviewer = await api.get(`/workflow/events/${id}`, { token: tokens.reviewer })
    expect(((await asReviewer.json()) as { actions: string[] }).actions).toEqual([
      'approve',
      'request_changes',
      'publish',
      'archive',
    ])
    expect((await api.get(`/workflow/events/${id}`)).status).toBe(401)
  })
})

describe('the editor’s edit lock', () => {
  it('a submit lifts the lock its editor held in the admin, as a save does, so the reviewer can open it', async () => {
    const id = await documentInStage(payload, 'events', { stage: 'draft', author: staff.editor.id })
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'events', value: id },
        user: { relationTo: 'users', value: staff.editor.id },
      },
      overrideAccess: true,
    })
    const locks = async () =>
      (
        await payload.count({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await locks()).toBe(1)
    expect((await transition(api, 'events', id, { action: 'submit' }, tokens.editor)).status).toBe(
      200,
    )
    expect(await locks()).toBe(0)
  })
})
