import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, TEST_PASSWORD, type Staff } from '../helpers/users'
import { eventData, historyOf, stateOf, transition } from '../helpers/workflow'

/**
 * Workflow abuse through `POST /api/workflow/{collection}/{id}`, as editor and reviewer:
 * self-approval, skipping a level, approving something other than what was reviewed, replaying
 * a transition. Covered elsewhere and not repeated here:
 * - workflow-review: approving one's own submission or the text one corrected last, approving two
 *   levels of a round, publishing before the last level, 20 concurrent approvals (one applies).
 * - workflow-matrix: every role, action and starting stage.
 * - workflow-direct-writes: `_status` / `workflowStage` written through REST, GraphQL, Local API,
 *   duplicate and restore.
 * - security-access: forging the author, submitter or approvals fields.
 * - workflow-publishing: a withdrawn schedule does nothing when its time comes.
 */

let payload: Payload
let api: ApiClient
let staff: Staff
let reviewers: User[]
let tokens: Record<'admin' | 'editor' | 'r1' | 'r2' | 'r3', string>

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  reviewers = [
    staff.reviewer,
    await createStaff(payload, ['reviewer'], 'abuse-r2'),
    await createStaff(payload, ['reviewer'], 'abuse-r3'),
  ]
  const login = (user: User) => api.login(user.email, TEST_PASSWORD)
  tokens = {
    admin: await login(staff.admin),
    editor: await login(staff.editor),
    r1: await login(reviewers[0]),
    r2: await login(reviewers[1]),
    r3: await login(reviewers[2]),
  }
})

const DAY = 24 * 60 * 60 * 1000

/** An event the editor wrote and submitted, through the API. */
const submittedEvent = async (title?: string) => {
  const created = await api.post('/events', { token: tokens.editor, body: eventData(title) })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const submit = await transition(api, 'events', doc.id, { action: 'submit' }, tokens.editor)
  expect(submit.status).toBe(200)
  return doc.id
}

type Status = {
  workflowStage: string
  revision: number
  requiredApprovals: number
  approvals: { reviewer: string; level: number }[]
  publishAt: null | string
  unpublishAt: null | string
  actions: string[]
}

const statusOf = async (id: string, token = tokens.r1): Promise<Status> => {
  const response = await api.get(`/workflow/events/${id}`, { token })
  expect(response.status).toBe(200)
  return (await response.json()) as Status
}

const correct = async (id: string, token: string, title: string) => {
  const response = await api.patch(`/events/${id}?draft=true`, { token, body: { title } })
  expect(response.status).toBe(200)
}

/** Sets the number of review levels for events (admin, through the API). */
const setEventLevels = async (levels: number) => {
  const response = await api.post('/globals/workflow-settings', {
    token: tokens.admin,
    body: { reviewLevels: { events: levels } },
  })
  expect(response.status).toBe(200)
}

const scheduledJobs = async (documentId: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'workflowScheduledTransition' } },
    pagination: false,
    depth: 0,
  })
  return docs.filter((job) => (job.input as { documentId?: string }).documentId === documentId)
}

/** Instead of waiting a day: every scheduled job of the document is due now. */
const runDueJobs = async (documentId: string) => {
  const jobs = await scheduledJobs(documentId)
  for (const job of jobs) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }
  // Only these: the notification jobs of the other tests wait in the same queue.
  await payload.jobs.run({ where: { id: { in: jobs.map((job) => job.id) } } })
}

describe('self-approval', () => {
  it('an admin approves nothing they wrote, and a reviewer nothing they submitted', async () => {
    const created = await api.post('/events', { token: tokens.admin, body: eventData() })
    const { doc } = (await created.json()) as { doc: { id: string } }
    expect(
      (await transition(api, 'events', doc.id, { action: 'submit' }, tokens.admin)).status,
    ).toBe(200)
    for (const action of ['approve', 'publish']) {
      const own = await transition(api, 'events', doc.id, { action }, tokens.admin)
      expect(own.status).toBe(403)
    }

    // A reviewer who submits an editor's draft is its submitter: another reviewer approves it.
    const draft = await api.post('/events', { token: tokens.editor, body: eventData() })
    const { doc: editorDoc } = (await draft.json()) as { doc: { id: string } }
    expect(
      (await transition(api, 'events', editorDoc.id, { action: 'submit' }, tokens.r1)).status,
    ).toBe(200)
    expect(
      (await transition(api, 'events', editorDoc.id, { action: 'approve' }, tokens.r1)).status,
    ).toBe(403)
    expect((await stateOf(payload, 'events', editorDoc.id)).workflowStage).toBe('in_review')
    expect(
      (await transition(api, 'events', editorDoc.id, { action: 'approve' }, tokens.r2)).status,
    ).toBe(200)
  })

  it('a reviewer who corrects an approved text cannot then publish their own correction', async () => {
    const id = await submittedEvent()
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    await correct(id, tokens.r2, '审核员 2 的修正')
    // Back in review: publishing now approves the correction, which its author may not do.
    const own = await transition(api, 'events', id, { action: 'publish' }, tokens.r2)
    expect(own.status).toBe(403)
    expect(await stateOf(payload, 'events', id)).toMatchObject({
      workflowStage: 'in_review',
      isLive: false,
    })
    // Another reviewer, having seen the correction, may.
    const other = await transition(api, 'events', id, { action: 'publish' }, tokens.r3)
    expect(other).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
    expect(other.body.history?.at(-1)).toMatchObject({ action: 'publish', reviewLevel: 1 })
  })
})

describe('skipping a level (two review levels)', () => {
  beforeAll(async () => {
    await setEventLevels(2)
  })
  afterAll(async () => {
    await setEventLevels(1)
  })

  it('one reviewer cannot fill both levels, by approving twice or approving then publishing', async () => {
    const id = await submittedEvent()
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    for (const action of ['approve', 'publish']) {
      expect((await transition(api, 'events', id, { action }, tokens.r1)).status).toBe(403)
    }
    const status = await statusOf(id)
    expect(status).toMatchObject({ workflowStage: 'in_review', requiredApprovals: 2 })
    expect(status.approvals).toHaveLength(1)
  })

  it('lowering the levels during a round does not wave the round through', async () => {
    const id = await submittedEvent()
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    await setEventLevels(1)
    try {
      // The round keeps the levels it was submitted with.
      expect(await statusOf(id)).toMatchObject({ workflowStage: 'in_review', requiredApprovals: 2 })
      expect((await transition(api, 'events', id, { action: 'publish' }, tokens.r1)).status).toBe(
        403,
      )
      expect((await stateOf(payload, 'events', id)).isLive).toBe(false)
    } finally {
      await setEventLevels(2)
    }
  })

  it('a correction after the first level starts the levels over: the earlier approval lapses', async () => {
    const id = await submittedEvent()
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    await correct(id, tokens.r2, '第一审之后的修正')
    expect(await statusOf(id)).toMatchObject({ workflowStage: 'in_review', approvals: [] })
    // r3's approval is the first level of the corrected text, not the second of the round.
    const next = await transition(api, 'events', id, { action: 'approve' }, tokens.r3)
    expect(next).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
    expect(next.body.history?.at(-1)).toMatchObject({ action: 'approve', reviewLevel: 1 })
    // The corrector is its last editor; r1 approves the second level of the corrected text.
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r2)).status).toBe(403)
    const last = await transition(api, 'events', id, { action: 'approve' }, tokens.r1)
    expect(last).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
    expect(last.body.history?.at(-1)).toMatchObject({ reviewLevel: 2 })
  })
})

describe('approving or publishing a text other than the one reviewed', () => {
  it('a correction to an approved, scheduled document cancels the schedule: nothing unapproved goes live', async () => {
    const id = await submittedEvent('定时发布前的原文')
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    const publishAt = new Date(Date.now() + DAY).toISOString()
    const unpublishAt = new Date(Date.now() + 2 * DAY).toISOString()
    const scheduled = await transition(
      api,
      'events',
      id,
      { action: 'publish', publishAt, unpublishAt },
      tokens.r1,
    )
    expect(scheduled).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
    expect(await scheduledJobs(id)).toHaveLength(2)

    await correct(id, tokens.r2, '批准之后偷偷改过的标题')
    expect(await statusOf(id)).toMatchObject({
      workflowStage: 'in_review',
      approvals: [],
      publishAt: null,
      unpublishAt: null,
    })
    expect((await historyOf(payload, 'events', id)).at(-1)).toMatchObject({
      action: 'edit',
      fromStage: 'approved',
      toStage: 'in_review',
      actor: reviewers[1].id,
    })

    // The day comes: the scheduler finds the schedule gone and publishes nothing.
    await runDueJobs(id)
    expect(await stateOf(payload, 'events', id)).toMatchObject({
      workflowStage: 'in_review',
      isLive: false,
    })
    expect((await api.get(`/events/${id}`)).status).toBe(404)
    expect(await scheduledJobs(id)).toHaveLength(0)
    expect((await historyOf(payload, 'events', id)).map(({ action }) => action)).toEqual([
      'submit',
      'approve',
      'publish',
      'edit',
    ])
  })

  it('restoring an older version during review is a correction too', async () => {
    const id = await submittedEvent('恢复前')
    await correct(id, tokens.r2, '恢复前的修正')
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    const { docs } = await payload.findVersions({
      collection: 'events',
      where: { and: [{ parent: { equals: id } }, { 'version.title': { equals: '恢复前' } }] },
      limit: 1,
    })
    const restored = await api.post(`/events/versions/${docs[0].id}?draft=true`, {
      token: tokens.r2,
    })
    expect(restored.status).toBe(200)
    const after = await payload.findByID({ collection: 'events', id, draft: true, depth: 0 })
    expect(after).toMatchObject({ title: '恢复前', workflowStage: 'in_review', _status: 'draft' })
    expect(after.workflow?.approvals).toEqual([])
    expect((await statusOf(id, tokens.r1)).actions).toContain('approve')
    expect((await statusOf(id, tokens.r2)).actions).not.toContain('approve')
  })

  it('an action naming the revision it saw is refused (409) once the text has changed', async () => {
    const id = await submittedEvent()
    const seen = await statusOf(id)
    await correct(id, tokens.r2, '审核期间被改动的标题')
    const stale = await transition(
      api,
      'events',
      id,
      { action: 'approve', revision: seen.revision },
      tokens.r1,
    )
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ errors: [{ data: { reason: 'staleRevision' } }] })
    expect((await stateOf(payload, 'events', id)).workflowStage).toBe('in_review')
    expect((await historyOf(payload, 'events', id)).map(({ action }) => action)).toEqual([
      'submit',
      'edit',
    ])
    const fresh = await statusOf(id)
    expect(fresh.revision).toBe(seen.revision + 1)
    const approve = await transition(
      api,
      'events',
      id,
      { action: 'approve', revision: fresh.revision },
      tokens.r1,
    )
    expect(approve).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
  })

  it('a revision that is not a whole number is a bad request', async () => {
    const id = await submittedEvent()
    for (const revision of [-1, 1.5, '1', true]) {
      const answer = await transition(
        api,
        'events',
        id,
        JSON.stringify({ action: 'approve', revision }),
        tokens.r1,
      )
      expect(answer.status).toBe(400)
    }
    expect((await stateOf(payload, 'events', id)).workflowStage).toBe('in_review')
  })
})

describe('replaying a transition', () => {
  it('the same request sent again is refused and recorded once', async () => {
    const id = await submittedEvent()
    const steps: [string, string][] = [
      ['withdraw', tokens.editor],
      ['submit', tokens.editor],
      ['approve', tokens.r1],
      ['request_changes', tokens.r2],
      ['submit', tokens.editor],
      ['approve', tokens.r1],
      ['publish', tokens.r2],
      ['unpublish', tokens.r2],
      ['archive', tokens.r1],
      ['restore', tokens.r1],
    ]
    for (const [action, token] of steps) {
      const body = { action, comment: '重放' }
      expect((await transition(api, 'events', id, body, token)).status).toBe(200)
      const replay = await transition(api, 'events', id, body, token)
      expect([403, 409]).toContain(replay.status)
    }
    const history = await historyOf(payload, 'events', id)
    expect(history.map(({ action }) => action)).toEqual([
      'submit',
      ...steps.map(([action]) => action),
    ])
  })

  it('an old approval replayed with its revision after the round moved on is refused', async () => {
    const id = await submittedEvent()
    const firstRound = (await statusOf(id)).revision
    const changes = await transition(
      api,
      'events',
      id,
      { action: 'request_changes', comment: '请补充地点' },
      tokens.r2,
    )
    expect(changes.status).toBe(200)
    await correct(id, tokens.editor, '补充地点后的标题')
    expect((await transition(api, 'events', id, { action: 'submit' }, tokens.editor)).status).toBe(
      200,
    )
    const replay = await transition(
      api,
      'events',
      id,
      { action: 'approve', revision: firstRound },
      tokens.r1,
    )
    expect(replay.status).toBe(409)
    expect(await statusOf(id)).toMatchObject({ workflowStage: 'in_review', approvals: [] })

    // A scheduled publish replayed after a correction cancelled it does nothing either.
    expect((await transition(api, 'events', id, { action: 'approve' }, tokens.r1)).status).toBe(200)
    const schedule = { action: 'publish', publishAt: new Date(Date.now() + DAY).toISOString() }
    expect((await transition(api, 'events', id, schedule, tokens.r1)).status).toBe(200)
    const scheduledRevision = (await statusOf(id)).revision
    await correct(id, tokens.r3, '排期后的修正')
    const again = await transition(
      api,
      'events',
      id,
      { ...schedule, revision: scheduledRevision },
      tokens.r1,
    )
    expect(again.status).toBe(409)
    expect(await statusOf(id)).toMatchObject({ workflowStage: 'in_review', publishAt: null })
  })
})
