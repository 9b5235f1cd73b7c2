import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readGeneration } from '@/delivery/cache/generation'
import type { AwardRecipient } from '@/payload-types'
import { verifyAuditChain } from '@/workflow/audit/verify'

import { fieldErrors } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { historyOf, transition } from '../helpers/workflow'

/**
 * 公示 of award rosters through the real surfaces: a release of recipients published as a 7-day
 * notice, one recipient withdrawn with a reason, the notice's end confirmed by the job (its time
 * moved, not waited for), REST and GraphQL filters, every role, the audit chain.
 */

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens
const receivers: Receiver[] = []

// The webhook receiver listens on 127.0.0.1: allowed only with the opt-in.
const suite = setUpSuite(import.meta.url, {
  env: { WEBHOOK_RETRY_DELAY_MS: '0', WEBHOOK_ALLOW_PRIVATE: 'true' },
  staff: 'tokens',
})

beforeAll(() => {
  ;({ payload, api, staff, tokens } = suite)
  suite.onCleanup(() => {
    for (const receiver of receivers) receiver.close()
  })
})

const DAY_MS = 24 * 60 * 60 * 1000
const CONTACT = { phone: '0532-85912345', email: 'jiangli@kexie.example' }

type List<T> = { docs: T[]; totalDocs: number }
type Item = { relationTo: 'award-recipients' | 'events'; value: string }

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T

/** A published award (notices are read through it). */
const publishedAward = async (name: string): Promise<string> => {
  const created = await payload.create({
    collection: 'awards',
    data: { name },
    user: staff.editor,
    overrideAccess: false,
  })
  const id = String(created.id)
  expect((await transition(api, 'awards', id, { action: 'submit' }, tokens.editor)).status).toBe(
    200,
  )
  expect((await transition(api, 'awards', id, { action: 'publish' }, tokens.reviewer)).status).toBe(
    200,
  )
  return id
}

/** `POST /api/award-recipients` as the editor, as the roster import would: a draft. */
const newRecipient = async (award: string, name: string, year = 2026): Promise<Item> => {
  const response = await api.post('/award-recipients', {
    token: tokens.editor,
    body: { name, award, year, affiliation: '青岛大学' },
  })
  expect(response.status).toBe(201)
  const { doc } = await json<{ doc: { id: string } }>(response)
  return { relationTo: 'award-recipients', value: doc.id }
}

const postRelease = (body: Record<string, unknown>, token = tokens.editor) =>
  api.post('/releases', { token, body: { title: '获奖名单', ...body } })

/** Created with its notice by the editor, submitted, approved by the reviewer. */
const approvedRelease = async (items: Item[], notice: Record<string, unknown>) => {
  const response = await postRelease({ items, notice })
  expect(response.status).toBe(201)
  const { doc } = await json<{ doc: { id: string } }>(response)
  expect(
    (await transition(api, 'releases', doc.id, { action: 'submit' }, tokens.editor)).status,
  ).toBe(200)
  expect(
    (await transition(api, 'releases', doc.id, { action: 'approve' }, tokens.reviewer)).status,
  ).toBe(200)
  return doc.id
}

const anonymousList = async (query: string) =>
  json<List<AwardRecipient>>(await api.get(`/award-recipients?${query}`))

const graphql = async (query: string, token?: string) =>
  json<{ data?: Record<string, { docs: Record<string, unknown>[] }>; errors?: unknown[] }>(
    await api.graphql(query, { token }),
  )

// Every due job, however many the suite's notifications queued before.
const runJobs = () => payload.jobs.run({ limit: 500, sequential: true })

const withdraw = (id: string, body: Record<string, unknown>, token?: string) =>
  transition(
    api,
    'award-recipients',
    id,
    { action: 'withdraw_from_notice', ...body } as never,
    token,
  )

describe('a release notice is checked when the release is saved', () => {
  it('days must be a whole number from 1 to 30', async () => {
    const award = await publishedAward('青岛市青年科技奖（天数）')
    const items = [await newRecipient(award, '天数甲')]
    for (const days of [0, 31, 2.5]) {
      const response = await postRelease({ items, notice: { days, contact: CONTACT } })
      expect(response.status).toBe(400)
      expect(Object.keys(await fieldErrors(response))).toContain('notice.days')
    }
  })

  it('a notice needs a phone or an e-mail for objections; either one is enough', async () => {
    const award = await publishedAward('青岛市青年科技奖（联系方式）')
    const items = [await newRecipient(award, '联系甲')]
    const missing = await postRelease({ items, notice: { days: 7, contact: {} } })
    expect(missing.status).toBe(400)
    expect((await fieldErrors(missing))['notice.contact.phone']).toMatch(/联系电话或电子邮箱/)
    const badEmail = await postRelease({ items, notice: { days: 7, contact: { email: 'nope' } } })
    expect(badEmail.status).toBe(400)
    const onlyEmail = await postRelease({
      items,
      notice: { days: 7, contact: { email: CONTACT.email } },
    })
    expect(onlyEmail.status).toBe(201)
  })

  it('only a roster of award recipients can be a notice (400 naming the other item)', async () => {
    const award = await publishedAward('青岛市青年科技奖（混合）')
    const event = await payload.create({
      collection: 'events',
      data: { title: '颁奖典礼', startDate: '2026-05-20T01:00:00.000Z' },
      user: staff.editor,
      overrideAccess: false,
    })
    const items: Item[] = [
      await newRecipient(award, '混合甲'),
      { relationTo: 'events', value: String(event.id) },
    ]
    const response = await postRelease({ items, notice: { days: 7, contact: CONTACT } })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response))['notice.days']).toContain(`events/${event.id}`)
    // Without a notice the same release is fine.
    expect((await postRelease({ items })).status).toBe(201)
  })
})

describe('the notice lifecycle: publish as a 7-day notice, withdraw one, the notice ends', () => {
  let award: string
  let release: string
  let withdrawn: Item
  let edited: Item
  let plain: Item
  let byAdmin: Item
  let publishedAt: number
  let unpublishHook: Receiver

  beforeAll(async () => {
    award = await publishedAward('青岛市青年科技奖')
    withdrawn = await newRecipient(award, '张伟')
    edited = await newRecipient(award, '李娜')
    plain = await newRecipient(award, '王芳')
    byAdmin = await newRecipient(award, '刘洋')
    release = await approvedRelease([withdrawn, edited, plain, byAdmin], {
      days: 7,
      contact: CONTACT,
    })
    unpublishHook = await startReceiver()
    receivers.push(unpublishHook)
    await payload.create({
      collection: 'webhooks',
      data: { name: 'notice', url: unpublishHook.url, events: ['unpublish'] } as never,
      overrideAccess: true,
    })
  })

  it('publishing the release puts every recipient in notice in the same step', async () => {
    const answer = await transition(
      api,
      'releases',
      release,
      { action: 'publish' },
      tokens.reviewer,
    )
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
    publishedAt = new Date(
      (await historyOf(payload, 'releases', release)).at(-1)!.occurredAt as string,
    ).getTime()

    const { docs } = await anonymousList(`where[award][equals]=${award}&limit=10`)
    expect(docs).toHaveLength(4)
    for (const doc of docs) {
      expect(doc.noticeStatus).toBe('in_notice')
      const endsAt = new Date(doc.noticeEndsAt as string).getTime()
      expect(Math.abs(endsAt - (publishedAt + 7 * DAY_MS))).toBeLessThan(60_000)
      expect(doc).not.toHaveProperty('noticeWithdrawalReason')
    }
    // The job that confirms them waits, in the database, for the notice's end.
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'awardNoticeConfirm' } },
      overrideAccess: true,
    })
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil as string).toISOString()).toBe(docs[0].noticeEndsAt)
  })

  it("the award's public data says its roster of 2026 is in notice, until when, and whom to contact", async () => {
    const response = await api.get(`/awards/${award}`)
    expect(response.status).toBe(200)
    const body = await json<{ notices: { docs: Record<string, unknown>[] } }>(response)
    expect(body.notices.docs).toHaveLength(1)
    const [notice] = body.notices.docs
    expect(notice).toMatchObject({
      year: 2026,
      status: 'in_notice',
      contact: CONTACT,
    })
    expect(
      Math.abs(new Date(notice.endsAt as string).getTime() - (publishedAt + 7 * DAY_MS)),
    ).toBeLessThan(60_000)
    // The release is internal: readers do not learn its id.
    expect(notice).not.toHaveProperty('release')
    const gql = await graphql(
      `{ Award(id: "${award}") { notices { docs { year status endsAt contact { phone email } } } } }`,
    )
    expect(gql.errors).toBeUndefined()
    expect(
      (gql.data as unknown as { Award: { notices: { docs: unknown[] } } }).Award.notices.docs,
    ).toEqual([expect.objectContaining({ year: 2026, status: 'in_notice', contact: CONTACT })])
  })

  it('anonymous readers filter by noticeStatus and noticeEndsAt over REST and GraphQL', async () => {
    const inNotice = await anonymousList(
      `where[award][equals]=${award}&where[noticeStatus][equals]=in_notice`,
    )
    expect(inNotice.totalDocs).toBe(4)
    const endsLater = await anonymousList(
      `where[award][equals]=${award}&where[noticeEndsAt][greater_than]=${new Date().toISOString()}`,
    )
    expect(endsLater.totalDocs).toBe(4)
    const endsEarlier = await anonymousList(
      `where[award][equals]=${award}&where[noticeEndsAt][less_than]=${new Date().toISOString()}`,
    )
    expect(endsEarlier.totalDocs).toBe(0)
    const confirmed = await anonymousList(
      `where[award][equals]=${award}&where[noticeStatus][equals]=confirmed`,
    )
    expect(confirmed.totalDocs).toBe(0)
    const gql = await graphql(
      `{ AwardRecipients(where: { award: { equals: "${award}" }, noticeStatus: { equals: in_notice } }) { docs { name noticeStatus noticeEndsAt } } }`,
    )
    expect(gql.errors).toBeUndefined()
    expect(gql.data?.AwardRecipients.docs).toHaveLength(4)
  })

  it('nobody writes the notice state directly, not even an admin', async () => {
    const response = await api.patch(`/award-recipients/${plain.value}`, {
      token: tokens.admin,
      body: { noticeStatus: 'confirmed', noticeEndsAt: '2020-01-01T00:00:00.000Z' },
    })
    expect(response.status).toBeLessThan(500)
    const stored = await payload.findByID({
      collection: 'award-recipients',
      id: plain.value,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.noticeStatus).toBe('in_notice')
    expect(stored.noticeEndsAt).not.toBe('2020-01-01T00:00:00.000Z')
  })

  it('withdrawing needs a login (401), a reviewer or admin (403 for editors) and a reason (400)', async () => {
    expect((await withdraw(withdrawn.value, { comment: '举报属实' })).status).toBe(401)
    const byEditor = await withdraw(withdrawn.value, { comment: '举报属实' }, tokens.editor)
    expect(byEditor.status).toBe(403)
    expect((await withdraw(withdrawn.value, {}, tokens.reviewer)).status).toBe(400)
    const blank = await withdraw(withdrawn.value, { comment: '   ' }, tokens.reviewer)
    expect(blank.status).toBe(400)
    expect(blank.body.errors?.[0].message).toMatch(/原因/)
    expect(
      (await withdraw(withdrawn.value, { comment: '举报属实', extra: 1 }, tokens.reviewer)).status,
    ).toBe(400)
    // Nothing of these refusals changed the recipient.
    expect((await anonymousList(`where[award][equals]=${award}`)).totalDocs).toBe(4)
  })

  it('a recipient that is not in notice cannot be withdrawn from it (409); an unknown one is 404', async () => {
    const draft = await newRecipient(award, '未公示者', 2025)
    const answer = await withdraw(draft.value, { comment: '不在公示' }, tokens.reviewer)
    expect(answer.status).toBe(409)
    expect(answer.body.errors?.[0]).toMatchObject({ data: { reason: 'notInNotice' } })
    const missing = await withdraw(
      '00000000-0000-4000-8000-000000000000',
      { comment: 'x' },
      tokens.reviewer,
    )
    expect(missing.status).toBe(404)
  })

  it('a reviewer withdraws one recipient: it leaves the public roster at once, staff see why', async () => {
    const generation = await readGeneration(payload)
    const answer = await withdraw(
      withdrawn.value,
      { comment: '经核实，申报材料不实' },
      tokens.reviewer,
    )
    expect(answer).toMatchObject({
      status: 200,
      body: { workflowStage: 'archived', _status: 'draft' },
    })
    expect(answer.body.history?.at(-1)).toMatchObject({
      action: 'withdraw_from_notice',
      comment: '经核实，申报材料不实',
      fromStage: 'published',
      toStage: 'archived',
    })
    expect(await readGeneration(payload)).not.toBe(generation)

    // Anonymous readers: gone from the list, the document, the filters and GraphQL.
    const { docs } = await anonymousList(`where[award][equals]=${award}`)
    expect(docs.map((doc) => doc.id).sort()).toEqual(
      [edited.value, plain.value, byAdmin.value].sort(),
    )
    expect((await api.get(`/award-recipients/${withdrawn.value}`)).status).toBe(404)
    expect((await anonymousList(`where[noticeStatus][equals]=withdrawn`)).totalDocs).toBe(0)
    const gql = await graphql(
      `{ AwardRecipients(where: { award: { equals: "${award}" } }) { docs { id } } }`,
    )
    expect(gql.data?.AwardRecipients.docs.map((doc) => doc.id)).not.toContain(withdrawn.value)

    // Staff: withdrawn, with the reason.
    for (const token of [tokens.editor, tokens.reviewer, tokens.admin]) {
      const staffRead = await api.get(`/award-recipients/${withdrawn.value}?draft=true`, { token })
      expect(await json(staffRead)).toMatchObject({
        noticeStatus: 'withdrawn',
        noticeWithdrawalReason: '经核实，申报材料不实',
        workflowStage: 'archived',
      })
    }

    // A webhook `unpublish` for the recipient.
    await runJobs()
    const events = unpublishHook.received.map(
      ({ body }) => JSON.parse(body) as Record<string, unknown>,
    )
    expect(events).toEqual([
      expect.objectContaining({
        event: 'unpublish',
        collection: 'award-recipients',
        id: withdrawn.value,
      }),
    ])

    // Withdrawn once is not in notice any more.
    expect((await withdraw(withdrawn.value, { comment: '再撤一次' }, tokens.reviewer)).status).toBe(
      409,
    )
  })

  it('GET /api/workflow offers 撤销公示 to reviewers and admins on a recipient in notice only', async () => {
    const actionsOf = async (id: string, token?: string) => {
      const response = await api.get(`/workflow/award-recipients/${id}`, { token })
      return {
        status: response.status,
        actions: (await json<{ actions?: string[] }>(response)).actions,
      }
    }
    for (const token of [tokens.reviewer, tokens.admin]) {
      const inNotice = await actionsOf(plain.value, token)
      expect(inNotice.status).toBe(200)
      expect(inNotice.actions).toContain('withdraw_from_notice')
      // Withdrawn already: no longer in notice.
      expect((await actionsOf(withdrawn.value, token)).actions).not.toContain(
        'withdraw_from_notice',
      )
    }
    const editor = await actionsOf(plain.value, tokens.editor)
    expect(editor.status).toBe(200)
    expect(editor.actions).not.toContain('withdraw_from_notice')
    expect((await actionsOf(plain.value)).status).toBe(401)
    // A draft recipient was never in notice.
    const draft = await newRecipient(award, '未公示的草稿', 2024)
    expect((await actionsOf(draft.value, tokens.reviewer)).actions).not.toContain(
      'withdraw_from_notice',
    )
  })

  it('an admin may withdraw as well', async () => {
    const answer = await withdraw(byAdmin.value, { comment: '本人放弃' }, tokens.admin)
    expect(answer).toMatchObject({ status: 200, body: { workflowStage: 'archived' } })
  })

  it('when the notice ends the job confirms the rest, in their histories; the withdrawn stay withdrawn', async () => {
    // An edit during the notice: a new draft, which must not go live with the confirmation.
    const editResponse = await api.patch(`/award-recipients/${edited.value}?draft=true`, {
      token: tokens.editor,
      body: { affiliation: '中国海洋大学' },
    })
    expect(editResponse.status).toBe(200)

    // The notice's end: the job's own time moved to now instead of waiting seven days.
    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'awardNoticeConfirm' } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const generation = await readGeneration(payload)
    await runJobs()
    expect(await readGeneration(payload)).not.toBe(generation)

    const confirmed = await anonymousList(
      `where[award][equals]=${award}&where[noticeStatus][equals]=confirmed`,
    )
    expect(confirmed.docs.map((doc) => doc.id).sort()).toEqual([edited.value, plain.value].sort())
    // The live text is what was published; the edit waits as a draft, confirmed as well.
    const live = confirmed.docs.find((doc) => doc.id === edited.value)
    expect(live?.affiliation).toBe('青岛大学')
    const draft = await json<AwardRecipient>(
      await api.get(`/award-recipients/${edited.value}?draft=true`, { token: tokens.editor }),
    )
    expect(draft).toMatchObject({ affiliation: '中国海洋大学', noticeStatus: 'confirmed' })
    expect(
      (await anonymousList(`where[award][equals]=${award}&where[noticeStatus][equals]=in_notice`))
        .totalDocs,
    ).toBe(0)

    for (const item of [edited, plain]) {
      const history = await historyOf(payload, 'award-recipients', item.value)
      expect(history.at(-1)).toMatchObject({ action: 'confirm_notice', actorName: '定时任务' })
    }
    const withdrawnHistory = await historyOf(payload, 'award-recipients', withdrawn.value)
    expect(withdrawnHistory.map((event) => event.action)).not.toContain('confirm_notice')
    const stillWithdrawn = await payload.findByID({
      collection: 'award-recipients',
      id: withdrawn.value,
      draft: true,
      overrideAccess: true,
    })
    expect(stillWithdrawn.noticeStatus).toBe('withdrawn')

    const awardBody = await json<{ notices: { docs: Record<string, unknown>[] } }>(
      await api.get(`/awards/${award}`),
    )
    expect(awardBody.notices.docs).toEqual([expect.objectContaining({ status: 'confirmed' })])

    // A second run (a job retried, or run again after a restart) changes nothing.
    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'awardNoticeConfirm' } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    await runJobs()
    const again = await historyOf(payload, 'award-recipients', plain.value)
    expect(again.filter((event) => event.action === 'confirm_notice')).toHaveLength(1)
  })

  it('restoring a withdrawn recipient takes it out of that notice for good', async () => {
    const restored = await transition(
      api,
      'award-recipients',
      byAdmin.value,
      { action: 'restore' },
      tokens.reviewer,
    )
    expect(restored).toMatchObject({ status: 200, body: { workflowStage: 'draft' } })
    const doc = await json<AwardRecipient>(
      await api.get(`/award-recipients/${byAdmin.value}?draft=true`, { token: tokens.reviewer }),
    )
    expect(doc.noticeStatus ?? null).toBeNull()
    expect(doc.noticeWithdrawalReason ?? null).toBeNull()
  })

  it('the history stays an unbroken hash chain (npm run audit:verify)', async () => {
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })
})

describe('who sees what of the notice', () => {
  it('notices are written by the publication and the job only: read-only for every role', async () => {
    const created = await api.post('/award-notices', {
      body: {
        award: 'x',
        year: 2026,
        status: 'confirmed',
        startsAt: '2026-01-01T00:00:00Z',
        endsAt: '2026-01-02T00:00:00Z',
      },
    })
    expect(created.status).toBe(403)
    for (const token of [tokens.editor, tokens.reviewer, tokens.admin]) {
      const { docs } = await json<List<{ id: string }>>(await api.get('/award-notices', { token }))
      expect(docs.length).toBeGreaterThan(0)
      const patched = await api.patch(`/award-notices/${docs[0].id}`, {
        token,
        body: { status: 'in_notice' },
      })
      expect(patched.status).toBe(403)
      expect((await api.delete(`/award-notices/${docs[0].id}`, { token })).status).toBe(403)
    }
  })
})

describe('a notice taken down with its release', () => {
  it('unpublishing the release during its notice takes the roster and its notice off the award', async () => {
    const award = await publishedAward('青岛最美科技工作者')
    const recipient = await newRecipient(award, '陈静')
    const release = await approvedRelease([recipient], { days: 3, contact: { phone: '12345' } })
    expect(
      (await transition(api, 'releases', release, { action: 'publish' }, tokens.reviewer)).status,
    ).toBe(200)
    const before = await json<{ notices: { docs: Record<string, unknown>[] } }>(
      await api.get(`/awards/${award}`),
    )
    expect(before.notices.docs).toEqual([
      expect.objectContaining({ status: 'in_notice', contact: { phone: '12345', email: null } }),
    ])

    const down = await transition(
      api,
      'releases',
      release,
      { action: 'unpublish' },
      tokens.reviewer,
    )
    expect(down.status).toBe(200)
    const after = await json<{ notices: { docs: unknown[] } }>(await api.get(`/awards/${award}`))
    expect(after.notices.docs).toEqual([])
    expect((await anonymousList(`where[award][equals]=${award}`)).totalDocs).toBe(0)
  })
})
