import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, TEST_PASSWORD, type Staff } from '../helpers/users'
import { documentInStage, historyOf, stateOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: Record<keyof Staff | 'secondReviewer', string>

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  const secondReviewer = await createStaff(payload, ['reviewer'], 'reviewer-2')
  tokens = {
    admin: await api.login(staff.admin.email, TEST_PASSWORD),
    reviewer: await api.login(staff.reviewer.email, TEST_PASSWORD),
    editor: await api.login(staff.editor.email, TEST_PASSWORD),
    otherEditor: await api.login(staff.otherEditor.email, TEST_PASSWORD),
    secondReviewer: await api.login(secondReviewer.email, TEST_PASSWORD),
  }
})

const graphql = async (query: string, token?: string) => {
  const response = await api.graphql(query, { token })
  return JSON.stringify(await response.json())
}

/** Every way an anonymous client could ask for an article, as text to search. */
const anonymousViews = async (id: string, versionId: string) => {
  const get = async (path: string) => {
    const response = await api.get(path)
    return `${response.status} ${await response.text()}`
  }
  return [
    await get(`/articles/${id}`),
    await get(`/articles/${id}?draft=true`),
    await get('/articles?draft=true&limit=100'),
    await get('/articles?limit=100'),
    await get(`/articles/versions?where[parent][equals]=${id}`),
    await get(`/articles/versions/${versionId}`),
    await graphql(`{ Article(id: "${id}", draft: true) { title } }`),
    await graphql(`
      {
        Articles(draft: true, limit: 100) {
          docs {
            title
          }
        }
      }
    `),
    await graphql(`
      {
        versionsArticles {
          docs {
            version {
              title
            }
          }
        }
      }
    `),
    await graphql(`{ versionArticle(id: "${versionId}") { version { title } } }`),
  ].join('\n')
}

const latestVersionId = async (id: string) =>
  (
    await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
    })
  ).docs[0].id

describe('drafts never reach anonymous clients', () => {
  it('a draft under review is invisible on every read path, and staff see it', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'in_review',
      author: staff.editor.id,
    })
    await payload.update({ collection: 'articles', id, data: { title: '机密草稿标题' } })
    const versionId = await latestVersionId(id)
    const views = await anonymousViews(id, versionId)
    expect(views).not.toContain('机密草稿标题')
    expect((await api.get(`/articles/${id}?draft=true`)).status).toBe(404)
    expect((await api.get('/articles/versions')).status).toBe(403)
    expect((await api.get(`/articles/versions/${versionId}`)).status).toBe(403)

    const staffVersion = await api.get(`/articles/versions/${versionId}`, { token: tokens.editor })
    expect(await staffVersion.text()).toContain('机密草稿标题')
    expect(
      await graphql(`{ versionArticle(id: "${versionId}") { version { title } } }`, tokens.editor),
    ).toContain('机密草稿标题')
  })

  it("a published document's pending revision replaces the live version only when published", async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    const live = (await payload.findByID({ collection: 'articles', id })).title
    await api.patch(`/articles/${id}`, { token: tokens.editor, body: { title: '尚未发布的修订' } })
    const submitted = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(submitted).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
    await transition(api, 'articles', id, { action: 'approve' }, tokens.reviewer)

    const versionId = await latestVersionId(id)
    const views = await anonymousViews(id, versionId)
    expect(views).not.toContain('尚未发布的修订')
    expect(views).toContain(live)
    expect(await stateOf(payload, 'articles', id)).toEqual({
      workflowStage: 'in_review',
      _status: 'draft',
      isLive: true,
    })

    const published = await transition(
      api,
      'articles',
      id,
      { action: 'publish' },
      tokens.secondReviewer,
    )
    expect(published).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
    const now = (await (await api.get(`/articles/${id}`)).json()) as { title: string }
    expect(now.title).toBe('尚未发布的修订')
  })

  it('unpublishing takes the live version down even while a revision is in review', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    await api.patch(`/articles/${id}`, { token: tokens.editor, body: { title: '修订中' } })
    await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    const down = await transition(api, 'articles', id, { action: 'unpublish' }, tokens.reviewer)
    expect(down).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
    expect((await api.get(`/articles/${id}`)).status).toBe(404)
    expect(await stateOf(payload, 'articles', id)).toMatchObject({ isLive: false })
  })
})

const DAY = 24 * 60 * 60 * 1000
const inADay = () => new Date(Date.now() + DAY).toISOString()

/** The queued scheduled-transition jobs of a document. */
const scheduledJobs = async (documentId: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'workflowScheduledTransition' } },
    pagination: false,
    depth: 0,
  })
  return docs.filter((job) => (job.input as { documentId?: string }).documentId === documentId)
}

/** Instead of waiting: the job's time has come. */
const makeDue = async (documentId: string, action: 'publish' | 'unpublish') => {
  for (const job of await scheduledJobs(documentId)) {
    if ((job.input as { action?: string }).action !== action) continue
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }
}

describe('scheduled publishing runs through the jobs queue and the state machine', () => {
  it('publishes at publishAt, not before', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: staff.editor.id,
    })
    const publishAt = inADay()
    const scheduled = await transition(
      api,
      'events',
      id,
      { action: 'publish', publishAt },
      tokens.reviewer,
    )
    expect(scheduled).toMatchObject({
      status: 200,
      body: { workflowStage: 'approved', _status: 'draft' },
    })
    expect(scheduled.body.history?.at(-1)).toMatchObject({
      action: 'publish',
      fromStage: 'approved',
      toStage: 'approved',
      publishAt,
    })
    expect(await scheduledJobs(id)).toHaveLength(1)

    await payload.jobs.run()
    expect(await stateOf(payload, 'events', id)).toMatchObject({
      workflowStage: 'approved',
      isLive: false,
    })
    expect((await api.get(`/events/${id}`)).status).toBe(404)

    await makeDue(id, 'publish')
    await payload.jobs.run()
    expect(await stateOf(payload, 'events', id)).toEqual({
      workflowStage: 'published',
      _status: 'published',
      isLive: true,
    })
    expect((await api.get(`/events/${id}`)).status).toBe(200)
    expect((await historyOf(payload, 'events', id)).at(-1)).toMatchObject({
      action: 'publish',
      fromStage: 'approved',
      toStage: 'published',
      actor: null,
      actorName: '定时任务',
    })
  })

  it('takes a document down at unpublishAt', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: staff.editor.id,
    })
    const published = await transition(
      api,
      'events',
      id,
      { action: 'publish', unpublishAt: inADay() },
      tokens.reviewer,
    )
    expect(published).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
    await payload.jobs.run()
    expect((await api.get(`/events/${id}`)).status).toBe(200)

    await makeDue(id, 'unpublish')
    await payload.jobs.run()
    expect(await stateOf(payload, 'events', id)).toEqual({
      workflowStage: 'draft',
      _status: 'draft',
      isLive: false,
    })
    expect((await api.get(`/events/${id}`)).status).toBe(404)
    expect((await historyOf(payload, 'events', id)).at(-1)).toMatchObject({
      action: 'unpublish',
      fromStage: 'published',
      toStage: 'draft',
    })
  })

  it('a withdrawn schedule does nothing when its time comes', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: staff.editor.id,
    })
    await transition(api, 'events', id, { action: 'publish', publishAt: inADay() }, tokens.reviewer)
    expect(
      (await transition(api, 'events', id, { action: 'withdraw' }, tokens.editor)).status,
    ).toBe(200)
    await makeDue(id, 'publish')
    await payload.jobs.run()
    expect(await stateOf(payload, 'events', id)).toMatchObject({
      workflowStage: 'draft',
      isLive: false,
    })
    // Completed (Payload deletes finished jobs; a failed one would stay, to be retried).
    expect(await scheduledJobs(id)).toHaveLength(0)
    expect((await historyOf(payload, 'events', id)).map((event) => event.action)).toEqual([
      'publish',
      'withdraw',
    ])
  })

  it('refuses schedules that make no sense', async () => {
    const id = await documentInStage(payload, 'events', {
      stage: 'approved',
      author: staff.editor.id,
    })
    const publishAt = inADay()
    const before = await transition(
      api,
      'events',
      id,
      { action: 'publish', publishAt, unpublishAt: new Date(Date.now() + DAY / 2).toISOString() },
      tokens.reviewer,
    )
    expect(before.status).toBe(400)
    const past = await transition(
      api,
      'events',
      id,
      { action: 'publish', unpublishAt: new Date(Date.now() - DAY).toISOString() },
      tokens.reviewer,
    )
    expect(past.status).toBe(400)
    expect(await scheduledJobs(id)).toHaveLength(0)
    expect(await historyOf(payload, 'events', id)).toHaveLength(0)
  })
})
