import { createHmac, randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { readGeneration } from '@/delivery/cache/generation'
import type { Webhook } from '@/payload-types'
import { announcePublication } from '@/publication/effects'
import { markOwed } from '@/workflow/announce'
import { recoverInterruptedTransitions } from '@/workflow/recovery'

import type { ApiClient } from '../helpers/http'
import { publishRecordedNotWritten, publishWrittenNotAnnounced } from '../helpers/crashStates'
import { runDueJobs } from '../helpers/jobs'
import { setUpSuite } from '../helpers/suite'
import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'
import type { Staff } from '../helpers/users'
import { documentInStage, stateOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let reviewerToken: string
const receivers: Receiver[] = []

// The receivers listen on 127.0.0.1: allowed only with the opt-in.
const suite = setUpSuite(import.meta.url, {
  env: { WEBHOOK_RETRY_DELAY_MS: '0', WEBHOOK_ALLOW_PRIVATE: 'true' },
  staff: 'tokens',
})

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  suite.onCleanup(() => {
    for (const started of receivers) started.close()
  })
  reviewerToken = suite.tokens.reviewer
})

/** A receiver behind a fresh webhook; earlier tests' webhooks are switched off first. */
const endpoint = async (data: Partial<Webhook> = {}) => {
  const target = await startReceiver()
  receivers.push(target)
  const webhook = await payload.create({
    collection: 'webhooks',
    data: { name: 'test', url: target.url, events: ['publish', 'unpublish'], ...data } as never,
    overrideAccess: true,
  })
  return { target, webhook }
}

const quiet = async () => {
  await runDueJobs(payload)
  await payload.update({
    collection: 'webhooks',
    where: { enabled: { equals: true } },
    data: { enabled: false },
    overrideAccess: true,
  })
}

const eventsOf = (target: Receiver) =>
  target.received.map(({ body }) => JSON.parse(body) as Record<string, unknown>)

const indexRows = async (id: string) =>
  (
    await payload.find({
      collection: 'search-index',
      where: { docId: { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
  ).totalDocs

const approvedArticle = () =>
  documentInStage(payload, 'articles', {
    stage: 'approved',
    author: staff.editor.id,
    submitter: staff.editor.id,
  })

const owedRows = async () =>
  (
    await payload.find({
      collection: 'payload-kv',
      where: { key: { like: 'publication-owed:' } },
      overrideAccess: true,
    })
  ).totalDocs

describe('a transition announces its change once', () => {
  it('a publish through the workflow sends one webhook, indexes the article and moves the cache generation', async () => {
    await quiet()
    const { target } = await endpoint({ collections: ['articles'] })
    const id = await approvedArticle()
    const before = await readGeneration(payload)

    const answer = await transition(api, 'articles', id, { action: 'publish' }, reviewerToken)
    expect(answer.status).toBe(200)
    await runDueJobs(payload)

    // Once: the document's own hooks leave the transition's write to its announcement.
    expect(eventsOf(target)).toEqual([
      expect.objectContaining({ event: 'publish', collection: 'articles', id }),
    ])
    expect(await indexRows(id)).toBeGreaterThan(0)
    expect(await readGeneration(payload)).not.toBe(before)
    expect(await owedRows()).toBe(0)
  })

  it('an unpublish through the workflow sends one webhook and takes the article out of the index', async () => {
    const id = await approvedArticle()
    expect(
      (await transition(api, 'articles', id, { action: 'publish' }, reviewerToken)).status,
    ).toBe(200)
    await quiet()
    const { target } = await endpoint()
    const answer = await transition(api, 'articles', id, { action: 'unpublish' }, reviewerToken)
    expect(answer.status).toBe(200)
    await runDueJobs(payload)
    expect(eventsOf(target).map(({ event, id: docId }) => [event, docId])).toEqual([
      ['unpublish', id],
    ])
    expect(await indexRows(id)).toBe(0)
  })

  it('a step of review that changes nothing public announces nothing', async () => {
    await quiet()
    const { target } = await endpoint()
    const id = await documentInStage(payload, 'articles', {
      stage: 'draft',
      author: staff.editor.id,
    })
    const before = await readGeneration(payload)
    const answer = await transition(api, 'articles', id, { action: 'submit' }, reviewerToken)
    expect(answer.status).toBe(200)
    await runDueJobs(payload)
    expect(target.received).toHaveLength(0)
    expect(await readGeneration(payload)).toBe(before)
  })
})

describe('a release is announced as one webhook per endpoint', () => {
  it('delivers one signed release.published with the release and its items, and no per-document events', async () => {
    await quiet()
    const releases = await endpoint({ events: ['release.published'] })
    const perDocument = await endpoint({ events: ['publish', 'unpublish', 'delete'] })
    const otherCollections = await endpoint({
      events: ['release.published'],
      collections: ['volunteer-teams'],
    })
    const first = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    const second = await documentInStage(payload, 'events', {
      stage: 'published',
      author: staff.editor.id,
    })
    // The direct writes above are not part of the release: their own deliveries are not counted.
    await runDueJobs(payload)
    perDocument.target.received.length = 0
    const slugOf = async (collection: 'articles' | 'events', id: string) =>
      (await payload.findByID({ collection, id, depth: 0 })).slug

    const req = await createLocalReq({}, payload)
    await announcePublication(req, {
      changes: [
        { collection: 'articles', id: first, change: 'publish' },
        { collection: 'events', id: second, change: 'publish' },
      ],
      release: { id: 'release-1', title: '2026 年度青年科技奖', action: 'publish' },
    })
    await runDueJobs(payload)

    expect(releases.target.received).toHaveLength(1)
    const [{ headers, body }] = releases.target.received
    expect(headers['x-kexie-event']).toBe('release.published')
    const expected = createHmac('sha256', releases.webhook.secret as string)
      .update(`${String(headers['x-kexie-timestamp'])}.${body}`)
      .digest('hex')
    expect(headers['x-kexie-signature']).toBe(`sha256=${expected}`)
    const parsed = JSON.parse(body) as Record<string, unknown>
    expect(parsed).toEqual({
      event: 'release.published',
      release: { id: 'release-1', title: '2026 年度青年科技奖' },
      items: [
        { collection: 'articles', id: first, slug: await slugOf('articles', first) },
        { collection: 'events', id: second, slug: await slugOf('events', second) },
      ],
      occurredAt: expect.any(String),
    })
    expect(Number.isNaN(Date.parse(parsed.occurredAt as string))).toBe(false)
    expect(perDocument.target.received).toHaveLength(0)
    expect(otherCollections.target.received).toHaveLength(0)
  })

  it('names unpublish and archive of a release as their own events', async () => {
    await quiet()
    const { target } = await endpoint({ events: ['release.unpublished', 'release.archived'] })
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    await runDueJobs(payload)
    const req = await createLocalReq({}, payload)
    for (const action of ['unpublish', 'archive', 'publish'] as const) {
      await announcePublication(req, {
        changes: [{ collection: 'articles', id, change: 'unpublish' }],
        release: { id: 'release-2', title: '第二批', action },
      })
    }
    await runDueJobs(payload)
    // The jobs queue runs the two deliveries in no set order (PostgreSQL takes them as they come).
    expect(
      eventsOf(target)
        .map(({ event }) => event)
        .sort(),
    ).toEqual(['release.archived', 'release.unpublished'])
  })
})

describe('start-up recovery announces what a stopped process did not', () => {
  it('a publish recorded but not written is completed and its webhook delivered', async () => {
    await quiet()
    const { target } = await endpoint({ collections: ['articles'] })
    const id = await approvedArticle()
    await publishRecordedNotWritten(payload, {
      collection: 'articles',
      id,
      reviewer: staff.reviewer,
    })

    const report = await recoverInterruptedTransitions(payload)
    await runDueJobs(payload)

    expect(report.completed).toEqual([expect.stringContaining(`articles/${id} publish`)])
    expect(await stateOf(payload, 'articles', id)).toEqual({
      workflowStage: 'published',
      _status: 'published',
      isLive: true,
    })
    expect(eventsOf(target)).toEqual([
      expect.objectContaining({ event: 'publish', collection: 'articles', id }),
    ])
    expect(await indexRows(id)).toBeGreaterThan(0)
    expect(await owedRows()).toBe(0)
  })

  it('a publish written but not announced (killed before its effects) is announced once', async () => {
    await quiet()
    const { target } = await endpoint({ collections: ['articles'] })
    const id = await approvedArticle()
    // The process stops after the document write, before the announcement.
    await publishWrittenNotAnnounced(payload, {
      collection: 'articles',
      id,
      reviewer: staff.reviewer,
    })
    await runDueJobs(payload)
    expect(target.received).toHaveLength(0)
    expect(await indexRows(id)).toBe(0)
    const before = await readGeneration(payload)

    const report = await recoverInterruptedTransitions(payload)
    await runDueJobs(payload)
    expect(report.announced).toEqual([`articles/${id} publish`])
    expect(eventsOf(target)).toEqual([
      expect.objectContaining({ event: 'publish', collection: 'articles', id }),
    ])
    expect(await indexRows(id)).toBeGreaterThan(0)
    expect(await readGeneration(payload)).not.toBe(before)

    // Announced once: the next start finds nothing owed.
    expect((await recoverInterruptedTransitions(payload)).announced).toEqual([])
    await runDueJobs(payload)
    expect(target.received).toHaveLength(1)
  })

  it('an owed announcement whose history record was taken back is dropped', async () => {
    await quiet()
    const { target } = await endpoint({ collections: ['articles'] })
    const id = await approvedArticle()
    const req = await createLocalReq({}, payload)
    await markOwed(req, { collection: 'articles', id, change: 'publish', event: randomUUID() })
    expect((await recoverInterruptedTransitions(payload)).announced).toEqual([])
    await runDueJobs(payload)
    expect(target.received).toHaveLength(0)
    expect(await owedRows()).toBe(0)
  })
})
