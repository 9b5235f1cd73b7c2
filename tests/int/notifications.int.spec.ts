import { createHmac } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Notification, NotificationChannel } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import { runDueJobs } from '../helpers/jobs'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { eventData, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens

type RobotRequest = { url: URL; headers: IncomingHttpHeaders; body: string }

/**
 * A local group robot: it checks each request as the platform documents it (WeCom: markdown with
 * `content`; DingTalk: markdown with `title` and `text`, and with a secret a fresh `timestamp` and
 * its `sign`), remembers it, and answers `{ errcode, errmsg }` as the platforms do. `failFirst`
 * answers that many requests with an error code before accepting.
 */
const startRobot = async ({
  platform,
  secret,
  failFirst = 0,
}: {
  platform: 'wecom' | 'dingtalk'
  secret?: string
  failFirst?: number
}) => {
  const received: RobotRequest[] = []
  let failures = failFirst
  const verdict = ({ url, body }: RobotRequest): { errcode: number; errmsg: string } => {
    let json: { msgtype?: unknown; markdown?: Record<string, unknown> }
    try {
      json = JSON.parse(body) as typeof json
    } catch {
      return { errcode: 40008, errmsg: 'invalid json' }
    }
    const { markdown } = json
    const keys = Object.keys(markdown ?? {}).sort()
    const expectedKeys = platform === 'wecom' ? ['content'] : ['text', 'title']
    if (json.msgtype !== 'markdown' || JSON.stringify(keys) !== JSON.stringify(expectedKeys)) {
      return { errcode: 40008, errmsg: 'invalid message type' }
    }
    if (!keys.every((key) => typeof markdown?.[key] === 'string' && markdown[key] !== '')) {
      return { errcode: 40008, errmsg: 'empty markdown' }
    }
    if (platform === 'dingtalk' && secret) {
      const timestamp = url.searchParams.get('timestamp') ?? ''
      const expected = createHmac('sha256', secret)
        .update(`${timestamp}\n${secret}`)
        .digest('base64')
      const isFresh = Math.abs(Number(timestamp) - Date.now()) < 60 * 60 * 1000
      if (!isFresh || url.searchParams.get('sign') !== expected) {
        return { errcode: 310000, errmsg: 'sign not match' }
      }
    }
    if (failures > 0) {
      failures -= 1
      return { errcode: 45009, errmsg: 'api freq out of limit' }
    }
    return { errcode: 0, errmsg: 'ok' }
  }
  const answers: { errcode: number }[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      const got = {
        url: new URL(request.url ?? '/', 'http://robot'),
        headers: request.headers,
        body,
      }
      received.push(got)
      const answer = verdict(got)
      answers.push(answer)
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  suite.onCleanup(() => {
    server.closeAllConnections()
    server.close()
  })
  const path = platform === 'wecom' ? '/cgi-bin/webhook/send?key=k1' : '/robot/send?access_token=t1'
  return { received, answers, url: `http://127.0.0.1:${port}${path}` }
}

// The robots listen on 127.0.0.1: allowed only with the opt-in (the SSRF tests turn it off).
const suite = setUpSuite(import.meta.url, {
  env: { WEBHOOK_RETRY_DELAY_MS: '0', WEBHOOK_ALLOW_PRIVATE: 'true' },
  staff: 'tokens',
})

beforeAll(() => {
  ;({ payload, api, staff, tokens } = suite)
})

afterEach(() => {
  process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
})

/** Runs the queue until nothing is due: earlier tests leave their e-mails queued too. */
const drainJobs = async () => {
  for (let round = 0; round < 20; round += 1) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (totalDocs === 0) return
    await runDueJobs(payload)
  }
}

const draftByEditor = async (title: string) => {
  const response = await api.post('/events', { token: tokens.editor, body: eventData(title) })
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

const submitToReviewer = async (title: string) => {
  const id = await draftByEditor(title)
  const submitted = await transition(
    api,
    'events',
    id,
    { action: 'submit', assignee: staff.reviewer.id },
    tokens.editor,
  )
  expect(submitted.status).toBe(200)
  return id
}

type List = { docs: Notification[]; totalDocs: number }

const notificationsOf = async (token: string, query = ''): Promise<List> => {
  const response = await api.get(`/notifications?depth=0&limit=100${query}`, { token })
  expect(response.status).toBe(200)
  return (await response.json()) as List
}

const aboutDocument = (list: List, id: string) => list.docs.filter((doc) => doc.documentId === id)

const markRead = (token: string | undefined, body: unknown) =>
  api.post('/notifications/mark-read', { token, body: body as never })

describe('in-app notifications', () => {
  it('a submission reaches the assigned reviewer only, as 提交给我审核 with the document', async () => {
    const id = await submitToReviewer('海洋科普周')
    const [mine] = aboutDocument(await notificationsOf(tokens.reviewer), id)
    expect(mine).toMatchObject({
      kind: 'submitted_to_me',
      recipient: staff.reviewer.id,
      actor: staff.editor.id,
      actorName: 'editor',
      summary: 'editor 提交了《海洋科普周》（活动），请您审核',
      documentCollection: 'events',
      documentId: id,
      documentTitle: '海洋科普周',
    })
    expect(mine.readAt).toBeFalsy()
    expect(mine.createdAt).toMatch(/Z$/)
    expect(aboutDocument(await notificationsOf(tokens.editor), id)).toHaveLength(0)
    expect(aboutDocument(await notificationsOf(tokens.admin), id)).toHaveLength(0)
  })

  it('sending back, approving and publishing reach the author, never the one who acted', async () => {
    const id = await submitToReviewer('青少年科技创新大赛')
    await transition(
      api,
      'events',
      id,
      { action: 'request_changes', comment: '请补充比赛时间' },
      tokens.reviewer,
    )
    await transition(
      api,
      'events',
      id,
      { action: 'submit', assignee: staff.reviewer.id },
      tokens.editor,
    )
    await transition(api, 'events', id, { action: 'approve' }, tokens.reviewer)
    await transition(api, 'events', id, { action: 'publish' }, tokens.admin)
    const kinds = aboutDocument(await notificationsOf(tokens.editor, '&sort=createdAt'), id).map(
      ({ kind }) => kind,
    )
    expect(kinds).toEqual(['sent_back', 'approved', 'published'])
    const reviewerKinds = aboutDocument(await notificationsOf(tokens.reviewer), id).map(
      ({ kind }) => kind,
    )
    expect(reviewerKinds).toEqual(['submitted_to_me', 'submitted_to_me'])
  })

  describe('each account reads and changes only its own', () => {
    let notification: Notification

    beforeAll(async () => {
      const id = await submitToReviewer('院士专家进社区')
      ;[notification] = aboutDocument(await notificationsOf(tokens.reviewer), id)
    })

    it('anonymous: no list, no document, no GraphQL', async () => {
      expect((await api.get('/notifications')).status).toBe(403)
      expect((await api.get(`/notifications/${notification.id}`)).status).toBe(403)
      const graphql = await api.graphql('{ Notifications { docs { id } } }')
      const body = (await graphql.json()) as { data?: { Notifications: null }; errors?: unknown[] }
      expect(body.data?.Notifications ?? null).toBeNull()
      expect(body.errors?.length).toBeGreaterThan(0)
    })

    it.each(['editor', 'admin'] as const)(
      "%s: another account's notification is not found, cannot be marked read or deleted",
      async (role) => {
        const token = tokens[role]
        const list = await notificationsOf(token)
        expect(list.docs.some((doc) => doc.id === notification.id)).toBe(false)
        expect((await api.get(`/notifications/${notification.id}`, { token })).status).toBe(404)
        const patched = await api.patch(`/notifications/${notification.id}`, {
          token,
          body: { readAt: new Date().toISOString() },
        })
        expect([403, 404]).toContain(patched.status)
        expect((await api.delete(`/notifications/${notification.id}`, { token })).status).not.toBe(
          200,
        )
        const marked = await markRead(token, { ids: [notification.id] })
        expect(await marked.json()).toMatchObject({ marked: 0 })
        const graphql = await api.graphql(
          `{ Notifications(where: { id: { equals: "${notification.id}" } }) { totalDocs } }`,
          { token },
        )
        expect(await graphql.json()).toEqual({ data: { Notifications: { totalDocs: 0 } } })
        const local = await payload.find({
          collection: 'notifications',
          where: { id: { equals: notification.id } },
          user: staff[role],
          overrideAccess: false,
        })
        expect(local.totalDocs).toBe(0)
        const stored = await payload.findByID({
          collection: 'notifications',
          id: notification.id,
          overrideAccess: true,
        })
        expect(stored.readAt).toBeFalsy()
      },
    )

    it('nobody creates notifications through the API, admins included', async () => {
      for (const token of [tokens.admin, tokens.reviewer, tokens.editor, undefined]) {
        const response = await api.post('/notifications', {
          token,
          body: {
            recipient: staff.editor.id,
            kind: 'mentioned',
            summary: '伪造的通知',
          },
        })
        expect(response.status).toBe(403)
      }
      const { totalDocs } = await payload.count({
        collection: 'notifications',
        where: { summary: { equals: '伪造的通知' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('reviewer: marks their own read; what it says and whom it is for stay as written', async () => {
      const readAt = '2026-12-06T10:37:00.000Z'
      const response = await api.patch(`/notifications/${notification.id}`, {
        token: tokens.reviewer,
        body: { readAt, kind: 'mentioned', recipient: staff.editor.id, summary: '改写' },
      })
      expect(response.status).toBe(200)
      const stored = await payload.findByID({
        collection: 'notifications',
        id: notification.id,
        depth: 0,
      })
      expect(stored).toMatchObject({
        readAt,
        kind: 'submitted_to_me',
        recipient: staff.reviewer.id,
        summary: notification.summary,
      })
    })
  })

  describe('POST /api/notifications/mark-read', () => {
    it('marks the given ids of the current user, and answers how many are left unread', async () => {
      const first = await submitToReviewer('科技志愿服务 1')
      const second = await submitToReviewer('科技志愿服务 2')
      const list = await notificationsOf(tokens.reviewer)
      const [one] = aboutDocument(list, first)
      const [two] = aboutDocument(list, second)
      const before = await notificationsOf(tokens.reviewer, '&where[readAt][exists]=false')

      const response = await markRead(tokens.reviewer, { ids: [one.id] })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ marked: 1, unread: before.totalDocs - 1 })
      const after = await notificationsOf(tokens.reviewer)
      expect(after.docs.find((doc) => doc.id === one.id)?.readAt).toBeTruthy()
      expect(after.docs.find((doc) => doc.id === two.id)?.readAt).toBeFalsy()

      // Marking again changes nothing.
      expect(await (await markRead(tokens.reviewer, { ids: [one.id] })).json()).toMatchObject({
        marked: 0,
      })
    })

    it('all: every unread notification of the current user, nobody else’s', async () => {
      const id = await submitToReviewer('全国科普日主场活动')
      await transition(
        api,
        'events',
        id,
        { action: 'request_changes', comment: '请修改' },
        tokens.reviewer,
      )
      const response = await markRead(tokens.reviewer, { all: true })
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ unread: 0 })
      const editorUnread = await notificationsOf(tokens.editor, '&where[readAt][exists]=false')
      expect(aboutDocument(editorUnread, id).map(({ kind }) => kind)).toEqual(['sent_back'])
    })

    it('refuses a bad body with 400 and a stranger with 401, changing nothing', async () => {
      const id = await submitToReviewer('科普讲解大赛')
      const [mine] = aboutDocument(await notificationsOf(tokens.reviewer), id)
      for (const body of ['not json', { ids: 'x' }, { all: false }, { ids: [] }, { read: true }]) {
        const response = await markRead(tokens.reviewer, body)
        expect(response.status).toBe(400)
        const { errors } = (await response.json()) as { errors: { message: string }[] }
        expect(errors[0].message).toBeTruthy()
      }
      const anonymous = await markRead(undefined, { all: true })
      expect(anonymous.status).toBe(401)
      const [still] = aboutDocument(await notificationsOf(tokens.reviewer), id)
      expect(still.id).toBe(mine.id)
      expect(still.readAt).toBeFalsy()
    })
  })
})

describe('group robots (notification-channels)', () => {
  const createChannel = async (data: Partial<NotificationChannel>) => {
    const response = await api.post('/notification-channels', {
      token: tokens.admin,
      body: { name: '审核群', enabled: true, ...data },
    })
    const json = (await response.json()) as { doc: NotificationChannel; errors?: unknown }
    expect(response.status).toBe(201)
    return json.doc
  }

  it('WeCom: a submission goes to the group as markdown in Chinese with a link to the document', async () => {
    const robot = await startRobot({ platform: 'wecom' })
    await createChannel({ kind: 'wecom', url: robot.url, events: ['submitted_to_me'] })
    const id = await submitToReviewer('海洋牧场开放日')
    expect(robot.received).toHaveLength(0) // sent by the jobs queue, not in the request
    await drainJobs()
    expect(robot.received).toHaveLength(1)
    expect(robot.answers).toEqual([{ errcode: 0, errmsg: 'ok' }])
    const { msgtype, markdown } = JSON.parse(robot.received[0].body) as {
      msgtype: string
      markdown: { content: string }
    }
    expect(msgtype).toBe('markdown')
    expect(markdown.content).toContain('【待审核】海洋牧场开放日')
    expect(markdown.content).toContain('editor 提交了《海洋牧场开放日》（活动），等待审核')
    expect(markdown.content).toContain(
      `[打开文档](${process.env.SERVER_URL}/admin/collections/events/${id})`,
    )
    expect(markdown.content).toMatch(/时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    expect(robot.received[0].headers['content-type']).toContain('application/json')
  })

  it('DingTalk: signed with timestamp and sign; the secret is never read back, not even by admins', async () => {
    const secret = 'SECtest-9f8e7d6c5b4a'
    const robot = await startRobot({ platform: 'dingtalk', secret })
    const channel = await createChannel({
      kind: 'dingtalk',
      url: robot.url,
      secret,
      events: ['sent_back'],
    })
    expect(channel.secret ?? null).toBeNull()
    const read = await api.get(`/notification-channels/${channel.id}`, { token: tokens.admin })
    expect(((await read.json()) as NotificationChannel).secret ?? null).toBeNull()
    const graphql = await api.graphql(
      `{ NotificationChannel(id: "${channel.id}") { secret name } }`,
      { token: tokens.admin },
    )
    expect(await graphql.json()).toEqual({
      data: { NotificationChannel: { secret: null, name: '审核群' } },
    })
    const probe = await api.get(`/notification-channels?where[secret][like]=SEC`, {
      token: tokens.admin,
    })
    expect(probe.status).toBe(400)
    // Saving the form again without a new secret keeps the stored one.
    const renamed = await api.patch(`/notification-channels/${channel.id}`, {
      token: tokens.admin,
      body: { name: '审核群（钉钉）', secret: '' },
    })
    expect(renamed.status).toBe(200)

    const id = await submitToReviewer('院士讲堂')
    await transition(
      api,
      'events',
      id,
      { action: 'request_changes', comment: '标题\n太长' },
      tokens.reviewer,
    )
    await drainJobs()
    expect(robot.answers).toEqual([{ errcode: 0, errmsg: 'ok' }]) // the submission is not its event
    const [{ url, body }] = robot.received
    expect(url.searchParams.get('access_token')).toBe('t1')
    expect(url.searchParams.get('timestamp')).toMatch(/^\d{13}$/)
    expect(JSON.parse(body)).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: '【退回修改】院士讲堂',
        text: expect.stringContaining('reviewer 退回了《院士讲堂》（活动），请作者修改后重新提交'),
      },
    })
    expect(JSON.parse(body).markdown.text).toContain('> 意见：标题 太长')
  })

  it('a robot that answers with an error code is retried by the jobs queue until it accepts', async () => {
    const robot = await startRobot({ platform: 'wecom', failFirst: 2 })
    await createChannel({ kind: 'wecom', url: robot.url, events: ['submitted_to_me'] })
    await submitToReviewer('科普大篷车')
    await drainJobs()
    expect(robot.answers.map(({ errcode }) => errcode)).toEqual([45009, 45009, 0])
  })

  it('a disabled robot gets nothing', async () => {
    const robot = await startRobot({ platform: 'wecom' })
    await createChannel({ kind: 'wecom', url: robot.url, events: ['published'], enabled: false })
    const id = await submitToReviewer('科学之夜')
    await transition(api, 'events', id, { action: 'approve' }, tokens.reviewer)
    await transition(api, 'events', id, { action: 'publish' }, tokens.reviewer)
    await drainJobs()
    expect(robot.received).toHaveLength(0)
  })

  it('refuses a private address without WEBHOOK_ALLOW_PRIVATE, when saved and when sent', async () => {
    const robot = await startRobot({ platform: 'wecom' })
    const stored = await createChannel({
      kind: 'wecom',
      url: robot.url,
      events: ['submitted_to_me'],
    })
    process.env.WEBHOOK_ALLOW_PRIVATE = 'false'
    for (const url of [robot.url, 'http://169.254.169.254/latest', 'http://localhost:8080/x']) {
      const response = await api.post('/notification-channels', {
        token: tokens.admin,
        body: { name: '内网', kind: 'wecom', url, events: ['published'] },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('不允许内网或本机地址')
    }
    await submitToReviewer('内网演练')
    await drainJobs()
    expect(robot.received).toHaveLength(0)
    // Refused once, not retried: no job is left waiting for this robot.
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'robotNotify' } },
          { 'input.channel': { equals: String(stored.id) } },
          { completedAt: { exists: false } },
        ],
      },
    })
    expect(totalDocs).toBe(0)
  })

  it.each(['editor', 'reviewer'] as const)('%s can neither read nor add robots', async (role) => {
    const token = tokens[role]
    expect((await api.get('/notification-channels', { token })).status).toBe(403)
    const created = await api.post('/notification-channels', {
      token,
      body: { name: 'x', kind: 'wecom', url: 'https://example.org/hook', events: ['published'] },
    })
    expect(created.status).toBe(403)
  })

  it('anonymous can neither read nor add robots', async () => {
    expect((await api.get('/notification-channels')).status).toBe(403)
    const created = await api.post('/notification-channels', {
      body: { name: 'x', kind: 'wecom', url: 'https://example.org/hook', events: ['published'] },
    })
    expect(created.status).toBe(403)
  })
})
