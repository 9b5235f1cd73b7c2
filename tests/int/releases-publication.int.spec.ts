import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { readGeneration } from '@/delivery/cache/generation'
import type { Webhook } from '@/payload-types'
import type { PublicationAnnouncement, PublicationEffect } from '@/publication/effects'
import { appendWorkflowEvent } from '@/workflow/audit/append'
import { verifyAuditChain } from '@/workflow/audit/verify'
import { recoverInterruptedTransitions } from '@/workflow/recovery'

import type { ApiClient } from '../helpers/http'
import { runDueJobs } from '../helpers/jobs'
import { setUpSuite } from '../helpers/suite'
import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'
import type { Staff } from '../helpers/users'
import { articleData, eventData, historyOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let editorToken: string
let reviewerToken: string
const receivers: Receiver[] = []
/** Every announcement the workflow makes, as the registered effects receive it. */
const announcements: PublicationAnnouncement[] = []

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
  editorToken = suite.tokens.editor
  reviewerToken = suite.tokens.reviewer
  // An observer beside the real effects (cache, search, stats, webhooks), which still all run.
  const recorder: PublicationEffect = {
    name: 'test-recorder',
    run: async (_req, announcement) => {
      announcements.push(announcement)
    },
  }
  ;(payload.config.custom.publicationEffects as PublicationEffect[]).push(recorder)
})

/** A receiver behind a fresh webhook; earlier tests' webhooks are switched off first. */
const endpoint = async (data: Partial<Webhook>) => {
  await runDueJobs(payload)
  await payload.update({
    collection: 'webhooks',
    where: { enabled: { equals: true } },
    data: { enabled: false },
    overrideAccess: true,
  })
  const target = await startReceiver()
  receivers.push(target)
  const webhook = await payload.create({
    collection: 'webhooks',
    data: { name: 'test', url: target.url, ...data } as never,
    overrideAccess: true,
  })
  return { target, webhook }
}

const eventsOf = (target: Receiver) =>
  target.received.map(({ body }) => JSON.parse(body) as Record<string, unknown>)

type Item = { relationTo: 'articles' | 'events' | 'award-recipients'; value: string }

const newItem = async (collection: 'articles' | 'events', title: string): Promise<Item> => {
  const doc = await payload.create({
    collection,
    data: (collection === 'articles' ? articleData(title) : eventData(title)) as never,
    user: staff.editor,
    overrideAccess: false,
  })
  return { relationTo: collection, value: String(doc.id) }
}

/** Created, submitted and approved over REST; events only, so one level is enough. */
const approvedRelease = async (
  items: Item[],
  title: string,
  extra: Record<string, unknown> = {},
) => {
  const created = await api.post('/releases', {
    token: editorToken,
    body: { title, items, ...extra },
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  expect(
    (await transition(api, 'releases', doc.id, { action: 'submit' }, editorToken)).status,
  ).toBe(200)
  expect(
    (await transition(api, 'releases', doc.id, { action: 'approve' }, reviewerToken)).status,
  ).toBe(200)
  return doc.id
}

const searchFinds = async (q: string) => {
  const response = await api.get(`/search?q=${encodeURIComponent(q)}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { hits: { id: string }[] }).hits.map((hit) => hit.id)
}

/** Every job queued so far run (the reviews' notifications), out of the way of later tests. */
const drainJobs = async () => {
  await runDueJobs(payload)
  for (let run = 0; run < 20; run++) {
    if ((await payload.jobs.run({ limit: 100 })).noJobsRemaining) return
  }
}

const anonymousSees = async (item: Item) =>
  (await api.get(`/${item.relationTo}/${item.value}`)).status === 200

describe('a release is published and taken down as one announcement', () => {
  it('publish: one announcement, one release.published per endpoint listing the items, none per document; cache and search follow', async () => {
    const releaseHook = await endpoint({ events: ['release.published'] })
    const documentHook = await endpoint({ events: ['publish', 'unpublish'] })
    // Both subscribed: the document endpoint was switched off by `endpoint` above; on again.
    await payload.update({
      collection: 'webhooks',
      id: releaseHook.webhook.id,
      data: { enabled: true },
      overrideAccess: true,
    })
    const items = [
      await newItem('events', '星河科普节开幕式'),
      await newItem('events', '星河科普节闭幕式'),
      await newItem('events', '星河科普节展览'),
    ]
    const id = await approvedRelease(items, '星河科普节')
    expect(await searchFinds('星河科普节')).toEqual([])
    const generation = await readGeneration(payload)
    announcements.length = 0

    const answer = await transition(api, 'releases', id, { action: 'publish' }, reviewerToken)
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
    await runDueJobs(payload)

    expect(announcements).toHaveLength(1)
    expect(announcements[0]).toMatchObject({
      release: { id, title: '星河科普节', action: 'publish' },
      changes: items.map((item) => ({
        collection: item.relationTo,
        id: item.value,
        change: 'publish',
      })),
    })
    expect(eventsOf(releaseHook.target)).toEqual([
      {
        event: 'release.published',
        release: { id, title: '星河科普节' },
        items: items.map((item) =>
          expect.objectContaining({ collection: 'events', id: item.value }),
        ),
        occurredAt: expect.any(String),
      },
    ])
    expect(documentHook.target.received).toHaveLength(0)
    expect(await readGeneration(payload)).not.toBe(generation)
    expect(await searchFinds('星河科普节')).toHaveLength(3)
    for (const item of items) expect(await anonymousSees(item)).toBe(true)

    const downHook = await endpoint({ events: ['release.unpublished', 'unpublish'] })
    announcements.length = 0
    const down = await transition(api, 'releases', id, { action: 'unpublish' }, reviewerToken)
    expect(down).toMatchObject({ status: 200, body: { workflowStage: 'draft' } })
    await runDueJobs(payload)
    expect(announcements).toHaveLength(1)
    expect(announcements[0].release).toEqual({ id, title: '星河科普节', action: 'unpublish' })
    expect(eventsOf(downHook.target).map(({ event }) => event)).toEqual(['release.unpublished'])
    expect(await searchFinds('星河科普节')).toEqual([])
    for (const item of items) expect(await anonymousSees(item)).toBe(false)
  })

  it('a failed publish announces nothing and queues no webhook', async () => {
    const { target } = await endpoint({ events: ['release.published', 'publish'] })
    const good = await newItem('events', '失败批次正常条目')
    const bad = await newItem('events', '失败批次问题条目')
    await payload.update({
      collection: 'events',
      id: bad.value,
      data: { startDate: null } as never,
      draft: true,
    })
    const id = await approvedRelease([good, bad], '失败批次')
    announcements.length = 0
    const answer = await transition(api, 'releases', id, { action: 'publish' }, reviewerToken)
    expect(answer.status).toBe(409)
    await runDueJobs(payload)
    expect(announcements).toEqual([])
    expect(target.received).toHaveLength(0)
    expect(await anonymousSees(good)).toBe(false)
    expect(await searchFinds('失败批次')).toEqual([])
  })
})

describe('what a release writes to each item', () => {
  it('the items’ history records follow the release’s own, one per item in the items’ order, each chained on the one before', async () => {
    const items = await Promise.all(
      Array.from({ length: 8 }, (_, n) => newItem('events', `链式批次第${n + 1}场`)),
    )
    const id = await approvedRelease(items, '链式批次')
    const answer = await transition(api, 'releases', id, { action: 'publish' }, reviewerToken)
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'published' } })

    const { docs: records } = await payload.find({
      collection: 'workflow-events',
      where: { release: { equals: id }, action: { equals: 'publish' } },
      sort: 'sequence',
      pagination: false,
      overrideAccess: true,
    })
    expect(records.map((record) => record.documentId)).toEqual(items.map((item) => item.value))
    const { docs: releaseRecords } = await payload.find({
      collection: 'workflow-events',
      where: {
        documentCollection: { equals: 'releases' },
        documentId: { equals: id },
        action: { equals: 'publish' },
      },
      overrideAccess: true,
    })
    let previous = releaseRecords[0]
    for (const record of records) {
      expect(record).toMatchObject({
        sequence: previous.sequence + 1,
        prevHash: previous.hash,
        toStage: 'published',
        revision: expect.any(Number),
      })
      previous = record
    }
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
    await drainJobs()
  })

  it('every item of a published release has its search rows, found by its own title', async () => {
    const items = await Promise.all(
      Array.from({ length: 8 }, (_, n) => newItem('events', `索引批次第${n + 1}场`)),
    )
    const id = await approvedRelease(items, '索引批次')
    expect(await searchFinds('索引批次')).toEqual([])
    const answer = await transition(api, 'releases', id, { action: 'publish' }, reviewerToken)
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'published' } })

    const { docs: heads } = await payload.find({
      collection: 'search-index',
      where: { docId: { in: items.map((item) => item.value) }, chunk: { equals: 0 } },
      pagination: false,
      overrideAccess: true,
    })
    expect(new Set(heads.map((head) => head.docId))).toEqual(
      new Set(items.map((item) => item.value)),
    )
    expect(new Set(await searchFinds('索引批次'))).toEqual(new Set(items.map((item) => item.value)))
    expect(await searchFinds('索引批次第7场')).toContain(items[6].value)
    await drainJobs()
  })

  it('each item keeps every locale, gains one published version, and loses an editor’s lock, as a Payload update would', async () => {
    const item = await newItem('events', '星河科普节英文场')
    const other = await newItem('events', '星河科普节中文场')
    await payload.update({
      collection: 'events',
      id: item.value,
      locale: 'en',
      draft: true,
      data: { title: 'Galaxy Science Festival, English session' },
      user: staff.editor,
      overrideAccess: false,
    })
    const zhTitle = (
      (await payload.findByID({
        collection: 'events',
        id: item.value,
        draft: true,
        locale: 'zh',
        overrideAccess: true,
      })) as { title: string }
    ).title
    const versionsBefore = (
      await payload.findVersions({
        collection: 'events',
        where: { parent: { equals: item.value } },
        pagination: false,
        overrideAccess: true,
      })
    ).docs.length
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'events', value: item.value },
        user: { relationTo: 'users', value: staff.editor.id },
      },
      overrideAccess: true,
    })
    const id = await approvedRelease([item, other], '星河科普节双语')

    const answer = await transition(api, 'releases', id, { action: 'publish' }, reviewerToken)
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'published' } })

    const read = async (locale: string) => {
      const response = await api.get(`/events/${item.value}?locale=${locale}&depth=0`)
      expect(response.status).toBe(200)
      return (await response.json()) as { title: string; _status: string; workflowStage: string }
    }
    expect(await read('en')).toMatchObject({
      title: 'Galaxy Science Festival, English session',
      _status: 'published',
      workflowStage: 'published',
    })
    expect((await read('zh')).title).toBe(zhTitle)
    const versions = await payload.findVersions({
      collection: 'events',
      where: { parent: { equals: item.value } },
      sort: '-updatedAt',
      pagination: false,
      overrideAccess: true,
    })
    expect(versions.docs).toHaveLength(versionsBefore + 1)
    expect(versions.docs.filter((version) => version.latest)).toHaveLength(1)
    expect(versions.docs[0]).toMatchObject({ latest: true, version: { _status: 'published' } })
    const locks = await payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: item.value } },
      overrideAccess: true,
    })
    expect(locks.totalDocs).toBe(0)
  })
})

describe('award recipients published by a release', () => {
  let award: string

  beforeAll(async () => {
    const created = await payload.create({
      collection: 'awards',
      data: { name: '批次测试奖' },
      overrideAccess: true,
    })
    award = String(created.id)
  })

  // The reviews' notifications queued here must not stand ahead of the scheduled publish below.
  afterAll(drainJobs)

  /**
   * A draft recipient written by the editor in both languages. Drafts are not validated (Payload),
   * so a duplicate can be drafted; publishing it is what is refused.
   */
  const newRecipient = async (zh: string, en: string, year = 2026): Promise<Item> => {
    const doc = await payload.create({
      collection: 'award-recipients',
      data: { name: zh, award, year, affiliation: `${zh}的单位` },
      locale: 'zh',
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'award-recipients',
      id: doc.id,
      data: { name: en, affiliation: `${en}'s institute` },
      locale: 'en',
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    })
    return { relationTo: 'award-recipients', value: String(doc.id) }
  }

  const publishRelease = async (items: Item[], title: string) => {
    const id = await approvedRelease(items, title)
    return {
      id,
      answer: await transition(api, 'releases', id, { action: 'publish' }, reviewerToken),
    }
  }

  type Shown = { name: string; affiliation: string; _status: string }

  const readerSees = async (item: Item, locale: 'zh' | 'en') => {
    const response = await api.get(`/award-recipients/${item.value}?locale=${locale}&depth=0`)
    return response.status === 200 ? ((await response.json()) as Shown) : null
  }

  it('a duplicate name for the award and year among the items refuses the publish (409 naming the item); nothing goes live', async () => {
    const first = await newRecipient('重名获奖者', 'Same Name A')
    const plain = await newRecipient('独名获奖者', 'Unique Name')
    const second = await newRecipient('重名获奖者', 'Same Name B')
    const { answer } = await publishRelease([plain, first, second], '重名批次')
    expect(answer.status).toBe(409)
    const error = (answer.body as { errors?: { data?: Record<string, unknown> }[] }).errors?.[0]
    expect(error?.data).toMatchObject({
      reason: 'itemInvalid',
      item: { collection: 'award-recipients', id: first.value, title: '重名获奖者' },
      errors: [
        expect.objectContaining({ path: 'name', message: expect.stringContaining('重名获奖者') }),
      ],
    })
    for (const item of [plain, first, second]) expect(await readerSees(item, 'zh')).toBeNull()
    expect(await historyOf(payload, 'award-recipients', plain.value)).toEqual([])
  })

  it('a recipient named as a live one of the same award and year is refused on its release’s publish', async () => {
    const live = await newRecipient('已发布获奖者', 'Live Recipient')
    expect((await publishRelease([live], '先发批次')).answer.status).toBe(200)
    const copy = await newRecipient('已发布获奖者', 'Live Recipient Again')
    const other = await newRecipient('另一获奖者', 'Another Recipient')
    const { answer } = await publishRelease([other, copy], '后发批次')
    expect(answer.status).toBe(409)
    const error = (answer.body as { errors?: { data?: Record<string, unknown> }[] }).errors?.[0]
    expect(error?.data).toMatchObject({ reason: 'itemInvalid', item: { id: copy.value } })
    expect(await readerSees(other, 'zh')).toBeNull()
    expect(await readerSees(live, 'zh')).toMatchObject({ name: '已发布获奖者' })
  })

  it('the published version reads back in every locale as Payload’s own, over the Local API and REST; a later save works', async () => {
    const item = await newRecipient('版本获奖者', 'Version Recipient')
    const { answer } = await publishRelease([item], '版本批次')
    expect(answer.status).toBe(200)
    expect(await readerSees(item, 'zh')).toMatchObject({
      name: '版本获奖者',
      affiliation: '版本获奖者的单位',
      _status: 'published',
    })
    expect(await readerSees(item, 'en')).toMatchObject({
      name: 'Version Recipient',
      affiliation: "Version Recipient's institute",
    })

    const { docs } = await payload.findVersions({
      collection: 'award-recipients',
      where: { parent: { equals: item.value } },
      sort: '-updatedAt',
      locale: 'all',
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.filter((version) => version.latest)).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      latest: true,
      version: {
        _status: 'published',
        workflowStage: 'published',
        name: { zh: '版本获奖者', en: 'Version Recipient' },
        affiliation: { zh: '版本获奖者的单位', en: "Version Recipient's institute" },
      },
    })
    const rest = await api.get(
      `/award-recipients/versions?where[parent][equals]=${item.value}&sort=-updatedAt&locale=en&depth=0`,
      { token: editorToken },
    )
    expect(rest.status).toBe(200)
    const listed = (await rest.json()) as { docs: { latest: boolean; version: Shown }[] }
    expect(listed.docs[0]).toMatchObject({
      latest: true,
      version: { name: 'Version Recipient', _status: 'published' },
    })

    // The editor's next save starts a new working copy from the published one.
    const saved = await api.patch(`/award-recipients/${item.value}?draft=true&locale=en`, {
      token: editorToken,
      body: { affiliation: 'Another institute' },
    })
    expect(saved.status).toBe(200)
    const draft = await payload.findByID({
      collection: 'award-recipients',
      id: item.value,
      draft: true,
      locale: 'all',
      overrideAccess: true,
    })
    expect(draft).toMatchObject({
      name: { zh: '版本获奖者', en: 'Version Recipient' },
      affiliation: { zh: '版本获奖者的单位', en: 'Another institute' },
    })
    expect((await readerSees(item, 'en'))?.affiliation).toBe("Version Recipient's institute")
  })

  it('an item edited since it was last live goes live with its working copy in every locale', async () => {
    const item = await newRecipient('再版获奖者', 'Reissued Recipient')
    expect((await publishRelease([item], '再版批次一')).answer.status).toBe(200)
    // Drafts saved since: the published row is behind the working copy in both languages.
    for (const [locale, affiliation] of [
      ['zh', '新单位'],
      ['en', 'New institute'],
    ] as const) {
      const saved = await api.patch(`/award-recipients/${item.value}?draft=true&locale=${locale}`, {
        token: editorToken,
        body: { affiliation },
      })
      expect(saved.status).toBe(200)
    }
    expect((await readerSees(item, 'zh'))?.affiliation).toBe('再版获奖者的单位')

    expect((await publishRelease([item], '再版批次二')).answer.status).toBe(200)
    expect(await readerSees(item, 'zh')).toMatchObject({
      name: '再版获奖者',
      affiliation: '新单位',
    })
    expect(await readerSees(item, 'en')).toMatchObject({
      name: 'Reissued Recipient',
      affiliation: 'New institute',
    })
    const { docs } = await payload.findVersions({
      collection: 'award-recipients',
      where: { and: [{ parent: { equals: item.value } }, { latest: { equals: true } }] },
      locale: 'all',
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].version).toMatchObject({
      _status: 'published',
      affiliation: { zh: '新单位', en: 'New institute' },
    })
  })
})

describe('scheduled release publishing', () => {
  it('publish with a future publishAt queues the whole release; the jobs queue publishes it', async () => {
    const items = [await newItem('events', '定时批次一'), await newItem('events', '定时批次二')]
    const id = await approvedRelease(items, '定时批次')
    const publishAt = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString()
    const scheduled = await transition(
      api,
      'releases',
      id,
      { action: 'publish', publishAt },
      reviewerToken,
    )
    expect(scheduled).toMatchObject({
      status: 200,
      body: { workflowStage: 'approved', _status: 'draft' },
    })
    const status = (await (
      await api.get(`/workflow/releases/${id}`, { token: reviewerToken })
    ).json()) as { publishAt: string }
    expect(status.publishAt).toBe(publishAt)
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'workflowScheduledTransition' } },
      pagination: false,
      depth: 0,
    })
    expect(
      jobs.filter((job) => (job.input as { documentId?: string }).documentId === id),
    ).toHaveLength(1)
    for (const item of items) expect(await anonymousSees(item)).toBe(false)
    // Items stay held while the release waits for its time.
    const held = await transition(api, 'events', items[0].value, { action: 'submit' }, editorToken)
    expect(held.status).toBe(409)

    await runDueJobs(payload)
    const after = (await (
      await api.get(`/workflow/releases/${id}`, { token: reviewerToken })
    ).json()) as { workflowStage: string; items: { workflowStage: string }[] }
    expect(after.workflowStage).toBe('published')
    expect(after.items.map((item) => item.workflowStage)).toEqual(['published', 'published'])
    for (const item of items) expect(await anonymousSees(item)).toBe(true)
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('the release’s own planned publishAt is the schedule when publish names none', async () => {
    const items = [await newItem('events', '计划批次')]
    const planned = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString()
    const id = await approvedRelease(items, '计划批次', { publishAt: planned })
    const answer = await transition(api, 'releases', id, { action: 'publish' }, reviewerToken)
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
    expect(answer.body.history?.at(-1)).toMatchObject({ action: 'publish', publishAt: planned })
    expect(await anonymousSees(items[0])).toBe(false)
  })
})

describe('start-up recovery of a release', () => {
  it('completes a publish whose record stands ahead of the release (a database without transactions)', async () => {
    const items = [await newItem('events', '恢复批次一'), await newItem('events', '恢复批次二')]
    const id = await approvedRelease(items, '恢复批次')
    const { revision } = (await (
      await api.get(`/workflow/releases/${id}`, { token: reviewerToken })
    ).json()) as { revision: number }
    // What a process stopped right after the release's history record leaves behind.
    const req = await createLocalReq({}, payload)
    await appendWorkflowEvent(req, {
      collection: 'releases',
      documentId: id,
      revision: revision + 1,
      action: 'publish',
      fromStage: 'approved',
      toStage: 'published',
      actorId: String(staff.reviewer.id),
      actorName: staff.reviewer.name ?? null,
      occurredAt: new Date(),
    })
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: false })
    for (const item of items) expect(await anonymousSees(item)).toBe(false)

    const report = await recoverInterruptedTransitions(payload)
    expect(report.completed).toEqual([expect.stringContaining(`releases/${id} publish`)])
    for (const item of items) expect(await anonymousSees(item)).toBe(true)
    const after = (await (
      await api.get(`/workflow/releases/${id}`, { token: reviewerToken })
    ).json()) as { workflowStage: string }
    expect(after.workflowStage).toBe('published')
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })
})
