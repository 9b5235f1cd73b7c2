import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { outbox } from '@/workflow/notifications/outbox'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, TEST_PASSWORD, type Staff } from '../helpers/users'
import { eventData, transition } from '../helpers/workflow'
import { zhWallClock } from '../helpers/wallClock'

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
    admin: await api.login(staff.admin.email, TEST_PASSWORD),
    reviewer: await api.login(staff.reviewer.email, TEST_PASSWORD),
    editor: await api.login(staff.editor.email, TEST_PASSWORD),
    otherEditor: await api.login(staff.otherEditor.email, TEST_PASSWORD),
    secondReviewer: await api.login(secondReviewer.email, TEST_PASSWORD),
  }
})

beforeEach(() => {
  outbox.length = 0
})

/** A draft event written by the editor through REST, as in the admin UI. */
const draftByEditor = async (title: string) => {
  const response = await api.post('/events', { token: tokens.editor, body: eventData(title) })
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

/** What the jobs queue delivered: recipients and subjects, in order. */
const delivered = async () => {
  await payload.jobs.run()
  return outbox.map(({ to, subject }) => ({ to, subject }))
}

const link = (id: string) => `${process.env.SERVER_URL}/admin/collections/events/${id}`

describe('workflow e-mail', () => {
  it('a submission with an assignee goes to that reviewer only, queued, in Chinese, with a link', async () => {
    const id = await draftByEditor('海洋科普周')
    const submitted = await transition(
      api,
      'events',
      id,
      { action: 'submit', assignee: secondReviewer.id },
      tokens.editor,
    )
    expect(submitted.status).toBe(200)
    expect(outbox).toHaveLength(0) // nothing is sent while the request is answered
    expect(await delivered()).toEqual([
      { to: [secondReviewer.email], subject: '【待审核】海洋科普周' },
    ])
    expect(outbox[0].text).toContain('editor 提交了一篇稿件，请您审核')
    expect(outbox[0].text).toContain(link(id))
    expect(outbox[0].from).toMatch(/@/)
  })

  it('a submission without an assignee goes to every reviewer', async () => {
    const id = await draftByEditor('院士专家进社区')
    await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
    const mail = await delivered()
    expect(mail.map(({ to }) => to[0]).sort()).toEqual(
      [staff.reviewer.email, secondReviewer.email].sort(),
    )
    expect(mail.every(({ subject }) => subject === '【待审核】院士专家进社区')).toBe(true)
  })

  it('a request for changes goes to the author, with the comment', async () => {
    const id = await draftByEditor('青少年科技创新大赛')
    await transition(
      api,
      'events',
      id,
      { action: 'submit', assignee: staff.reviewer.id },
      tokens.editor,
    )
    await delivered()
    outbox.length = 0
    await transition(
      api,
      'events',
      id,
      { action: 'request_changes', comment: '请补充比赛时间' },
      tokens.reviewer,
    )
    expect(await delivered()).toEqual([
      { to: [staff.editor.email], subject: '【退回修改】青少年科技创新大赛' },
    ])
    expect(outbox[0].text).toContain('意见：请补充比赛时间')
  })

  it('an approval and a publication go to the author', async () => {
    const id = await draftByEditor('全国科普日主场活动')
    await transition(
      api,
      'events',
      id,
      { action: 'submit', assignee: staff.reviewer.id },
      tokens.editor,
    )
    await delivered()
    outbox.length = 0
    await transition(api, 'events', id, { action: 'approve' }, tokens.reviewer)
    await transition(api, 'events', id, { action: 'publish' }, tokens.admin)
    expect(await delivered()).toEqual([
      { to: [staff.editor.email], subject: '【审核通过】全国科普日主场活动' },
      { to: [staff.editor.email], subject: '【已发布】全国科普日主场活动' },
    ])
  })

  it('states the time of the action as the admin shows it, in Asia/Shanghai unless ADMIN_TIME_ZONE says otherwise; the API stays UTC', async () => {
    /** The wall clock in `timeZone`, read by Intl (not by the code under test). */
    const submitAndMail = async (title: string) => {
      const id = await draftByEditor(title)
      const submitted = await transition(
        api,
        'events',
        id,
        { action: 'submit', assignee: staff.reviewer.id },
        tokens.editor,
      )
      const { history } = submitted.body as { history: { occurredAt: string }[] }
      const occurredAt = history[history.length - 1].occurredAt
      await delivered()
      return { occurredAt, text: outbox[outbox.length - 1].text }
    }

    const shanghai = await submitAndMail('科普讲解大赛')
    // The API answers in UTC.
    expect(shanghai.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(shanghai.text).toContain(`时间：${zhWallClock(shanghai.occurredAt, 'Asia/Shanghai')}`)
    expect(shanghai.text).toMatch(/时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}\n/)

    const previous = process.env.ADMIN_TIME_ZONE
    process.env.ADMIN_TIME_ZONE = 'America/New_York'
    try {
      const newYork = await submitAndMail('科技志愿服务')
      expect(newYork.text).toContain(`时间：${zhWallClock(newYork.occurredAt, 'America/New_York')}`)
      // Twelve or thirteen hours apart: the zone is applied, not the server's.
      expect(zhWallClock(newYork.occurredAt, 'America/New_York')).not.toBe(
        zhWallClock(newYork.occurredAt, 'Asia/Shanghai'),
      )
    } finally {
      if (previous === undefined) delete process.env.ADMIN_TIME_ZONE
      else process.env.ADMIN_TIME_ZONE = previous
    }
  })

  it('a failing mail server never fails or blocks the transition', async () => {
    const sendEmail = payload.sendEmail
    payload.sendEmail = async () => {
      throw new Error('SMTP server unreachable')
    }
    try {
      const id = await draftByEditor('邮件故障演练')
      const submitted = await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
      expect(submitted).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
      await payload.jobs.run()
      expect(outbox).toHaveLength(0)
    } finally {
      payload.sendEmail = sendEmail
    }
    // The jobs queue retries: the messages go out once the server is back.
    await payload.jobs.run()
    expect(outbox.map(({ subject }) => subject)).toEqual([
      '【待审核】邮件故障演练',
      '【待审核】邮件故障演练',
    ])
  })
})
