import { createHmac } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Webhook } from '@/payload-types'

import type { ApiClient } from '../helpers/http'
import type { Staff } from '../helpers/users'
import { TEST_PASSWORD } from '../helpers/users'
import { articleData, eventData, transition } from '../helpers/workflow'
import { deliveriesOf, runDueJobs } from '../helpers/jobs'
import { setUpSuite } from '../helpers/suite'
import { startReceiver } from '../helpers/receiver'

let payload: Payload
let api: ApiClient
let staff: Staff
const receivers: { close: () => void }[] = []

const receiver = async (options?: { status?: number; hang?: boolean; location?: string }) => {
  const started = await startReceiver(options)
  receivers.push(started)
  return started
}

const createWebhook = (data: Partial<Webhook>) =>
  payload.create({
    collection: 'webhooks',
    data: { name: 'test', events: ['publish', 'unpublish', 'delete'], ...data } as never,
    overrideAccess: true,
  })

const publishedArticle = () =>
  payload.create({
    collection: 'articles',
    data: { ...articleData(), _status: 'published', workflowStage: 'published' } as never,
    overrideAccess: true,
  })

// The receivers listen on 127.0.0.1: allowed only with the opt-in (see "private targets" below).
const suite = setUpSuite(import.meta.url, {
  env: { WEBHOOK_RETRY_DELAY_MS: '0', WEBHOOK_ALLOW_PRIVATE: 'true' },
  staff: 'accounts',
})

beforeAll(() => {
  ;({ payload, api, staff } = suite)
  suite.onCleanup(() => {
    for (const started of receivers) started.close()
  })
})

describe('webhooks', () => {
  it('delivers a signed publish event that verifies with the secret', async () => {
    const target = await receiver()
    const webhook = await createWebhook({ url: target.url, collections: ['articles'] })
    expect(webhook.secret).toMatch(/^[0-9a-f]{64}$/)

    const article = await publishedArticle()
    await runDueJobs(payload)

    expect(target.received).toHaveLength(1)
    const [{ headers, body }] = target.received
    expect(headers['x-kexie-event']).toBe('publish')
    const timestamp = String(headers['x-kexie-timestamp'])
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60)
    const expected = createHmac('sha256', webhook.secret as string)
      .update(`${timestamp}.${body}`)
      .digest('hex')
    expect(headers['x-kexie-signature']).toBe(`sha256=${expected}`)
    expect(JSON.parse(body)).toMatchObject({
      event: 'publish',
      collection: 'articles',
      id: String(article.id),
    })
    const [delivery] = await deliveriesOf(payload, webhook.id)
    expect(delivery).toMatchObject({ statusCode: 200, attempt: 1, event: 'publish' })
  })

  it('sends unpublish and delete events', async () => {
    const target = await receiver()
    await createWebhook({ url: target.url })
    const article = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft', workflowStage: 'draft' } as never,
      overrideAccess: true,
    })
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    await runDueJobs(payload)
    const events = target.received.map(({ headers }) => headers['x-kexie-event']).sort()
    expect(events).toEqual(['delete', 'publish', 'unpublish'])
  })

  it('sends nothing for a draft edit of a published document, which stays live', async () => {
    const target = await receiver()
    await createWebhook({ url: target.url, collections: ['articles'] })
    const article = await publishedArticle()
    await runDueJobs(payload)
    expect(target.received).toHaveLength(1)

    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: '修改中的标题', _status: 'draft' } as never,
      overrideAccess: true,
    })
    await runDueJobs(payload)
    expect(target.received.map(({ headers }) => headers['x-kexie-event'])).toEqual(['publish'])
  })

  it('retries a receiver answering 500 and logs every attempt', async () => {
    const target = await receiver({ status: 500 })
    const webhook = await createWebhook({ url: target.url, collections: ['articles'] })
    await publishedArticle()
    await runDueJobs(payload)
    await runDueJobs(payload)
    expect(target.received.length).toBe(2)
    const deliveries = await deliveriesOf(payload, webhook.id)
    expect(deliveries.map((delivery) => [delivery.attempt, delivery.statusCode])).toEqual([
      [1, 500],
      [2, 500],
    ])
  })

  it('does not hold up the publish while a receiver hangs', async () => {
    const target = await receiver({ hang: true })
    const webhook = await createWebhook({ url: target.url, collections: ['articles'] })
    const started = Date.now()
    await publishedArticle()
    expect(Date.now() - started).toBeLessThan(2000)
    expect(target.received).toHaveLength(0)
    // Its queued delivery would otherwise wait out the 5 s timeout in the next test's queue run.
    await payload.delete({ collection: 'webhooks', id: webhook.id, overrideAccess: true })
  })

  it('gives a disabled webhook nothing, nor one following other collections', async () => {
    const target = await receiver()
    await createWebhook({ url: target.url, enabled: false })
    const other = await receiver()
    await createWebhook({ url: other.url, collections: ['events'] })
    await publishedArticle()
    await runDueJobs(payload)
    expect(target.received).toHaveLength(0)
    expect(other.received).toHaveLength(0)
    await payload.create({
      collection: 'events',
      data: { ...eventData(), _status: 'published', workflowStage: 'published' } as never,
      overrideAccess: true,
    })
    await runDueJobs(payload)
    expect(other.received).toHaveLength(1)
  })

  it('rejects a non-http URL', async () => {
    await expect(createWebhook({ url: 'ftp://example.com/hook' })).rejects.toThrow()
  })

  it('editor and anonymous cannot read or create webhooks over REST', async () => {
    const token = await api.login(staff.editor.email, TEST_PASSWORD)
    const body = { name: 'x', url: 'https://example.com/hook', events: ['publish'] }
    for (const auth of [{ token }, {}]) {
      expect((await api.get('/webhooks', auth)).status).toBe(403)
      expect((await api.post('/webhooks', { ...auth, body })).status).toBe(403)
      expect((await api.get('/webhook-deliveries', auth)).status).toBe(403)
    }
    const adminToken = await api.login(staff.admin.email, TEST_PASSWORD)
    expect((await api.get('/webhooks', { token: adminToken })).status).toBe(200)
  })
})

describe('webhooks following the workflow globals', () => {
  const tokensOf = async () => ({
    admin: await api.login(staff.admin.email, TEST_PASSWORD),
    reviewer: await api.login(staff.reviewer.email, TEST_PASSWORD),
    editor: await api.login(staff.editor.email, TEST_PASSWORD),
  })

  /** Earlier tests' webhooks are switched off, so each receiver hears only its own webhook. */
  const disableAll = () =>
    payload.update({
      collection: 'webhooks',
      where: { enabled: { equals: true } },
      data: { enabled: false },
      overrideAccess: true,
    })

  /** The homepage with a new heading: an editor's draft, submitted and published by a reviewer. */
  const publishHomepage = async (heading: string) => {
    const { editor, reviewer } = await tokensOf()
    const saved = await api.post('/globals/homepage?draft=true', {
      token: editor,
      body: { hero: { heading } },
    })
    expect(saved.status).toBe(200)
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'submit' }, editor)).status,
    ).toBe(200)
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'publish' }, reviewer)).status,
    ).toBe(200)
  }

  it('an admin subscribes a webhook to globals; reviewer, editor and anonymous cannot', async () => {
    const { admin, reviewer, editor } = await tokensOf()
    const body = {
      name: 'homepage only',
      url: 'https://hooks.example.com/homepage',
      events: ['publish'],
      globals: ['homepage'],
    }
    for (const auth of [{ token: reviewer }, { token: editor }, {}]) {
      expect((await api.post('/webhooks', { ...auth, body })).status).toBe(403)
    }
    const created = await api.post('/webhooks', { token: admin, body })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Webhook }
    expect(doc.globals).toEqual(['homepage'])
    // Only the globals under review can be followed.
    const refused = await api.post('/webhooks', {
      token: admin,
      body: { ...body, globals: ['site-settings'] },
    })
    expect(refused.status).toBe(400)
    await payload.delete({ collection: 'webhooks', id: doc.id, overrideAccess: true })
  })

  it("the homepage's publication reaches webhooks following it or everything, and no others", async () => {
    await disableAll()
    const homepage = await receiver()
    const figures = await receiver()
    const articles = await receiver()
    const everything = await receiver()
    await createWebhook({ url: homepage.url, globals: ['homepage'] })
    await createWebhook({ url: figures.url, globals: ['official-figures'] })
    await createWebhook({ url: articles.url, collections: ['articles'] })
    await createWebhook({ url: everything.url })

    await publishHomepage('推送测试首页')
    await runDueJobs(payload)
    for (const heard of [homepage, everything]) {
      expect(heard.received).toHaveLength(1)
      expect(JSON.parse(heard.received[0].body)).toMatchObject({
        event: 'publish',
        collection: 'globals',
        id: 'homepage',
      })
    }
    expect(figures.received).toHaveLength(0)
    expect(articles.received).toHaveLength(0)

    // A webhook following a global hears no documents.
    await publishedArticle()
    await runDueJobs(payload)
    expect(homepage.received).toHaveLength(1)
    expect(articles.received).toHaveLength(1)
    expect(everything.received).toHaveLength(2)
  })

  it('a release carrying the homepage reaches a webhook following the homepage once', async () => {
    await disableAll()
    const { editor, reviewer } = await tokensOf()
    const homepage = await receiver()
    const figures = await receiver()
    const events = ['release.published'] as Webhook['events']
    await createWebhook({ url: homepage.url, events, globals: ['homepage'] })
    await createWebhook({ url: figures.url, events, globals: ['official-figures'] })

    const saved = await api.post('/globals/homepage?draft=true', {
      token: editor,
      body: { hero: { heading: '批次中的首页' } },
    })
    expect(saved.status).toBe(200)
    const created = await api.post('/releases', {
      token: editor,
      body: { title: '首页推送批次', globals: ['homepage'] },
    })
    expect(created.status).toBe(201)
    const { doc: release } = (await created.json()) as { doc: { id: string } }
    expect(
      (await transition(api, 'releases', release.id, { action: 'submit' }, editor)).status,
    ).toBe(200)
    expect(
      (await transition(api, 'releases', release.id, { action: 'publish' }, reviewer)).status,
    ).toBe(200)
    await runDueJobs(payload)

    expect(homepage.received).toHaveLength(1)
    expect(homepage.received[0].headers['x-kexie-event']).toBe('release.published')
    expect(JSON.parse(homepage.received[0].body)).toMatchObject({
      items: [expect.objectContaining({ collection: 'globals', id: 'homepage' })],
    })
    expect(figures.received).toHaveLength(0)
  })
})

describe('private targets (SSRF) without WEBHOOK_ALLOW_PRIVATE', () => {
  const withoutOptIn = async (run: () => Promise<void>) => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE
    try {
      await run()
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    }
  }

  const portOf = (url: string) => new URL(url).port

  it('saving a webhook to an internal address literal or this host is refused with 400', async () => {
    const token = await api.login(staff.admin.email, TEST_PASSWORD)
    const hosts = [
      '127.0.0.1',
      '0x7f.1',
      '2130706433',
      '0.0.0.0',
      '169.254.169.254',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:a9fe:a9fe]',
      '[fd00::1]',
      '[fe80::1]',
      'localhost',
      'api.localhost',
      'metadata.google.internal',
    ]
    await withoutOptIn(async () => {
      for (const host of hosts) {
        const response = await api.post('/webhooks', {
          token,
          body: { name: host, url: `http://${host}/hook`, events: ['publish'] },
        })
        expect({ host, status: response.status }).toEqual({ host, status: 400 })
      }
      const allowed = await api.post('/webhooks', {
        token,
        body: { name: 'public', url: 'https://hooks.example.com/hook', events: ['publish'] },
      })
      expect(allowed.status).toBe(201)
      const { doc } = (await allowed.json()) as { doc: { id: string } }
      await payload.delete({ collection: 'webhooks', id: doc.id, overrideAccess: true })
    })
  })

  it('refuses at delivery a name resolving to loopback and every internal literal, once, unretried', async () => {
    const target = await receiver()
    const port = portOf(target.url)
    // Saved while allowed (an intranet set-up later switched off, or a name that now resolves
    // somewhere else): the delivery itself must refuse them.
    const urls = [
      `http://localhost:${port}/hook`,
      `http://0x7f.1:${port}/hook`,
      `http://[::ffff:127.0.0.1]:${port}/hook`,
      `http://169.254.169.254:${port}/latest/meta-data/`,
      `http://0.0.0.0:${port}/hook`,
    ]
    const webhooks = []
    for (const url of urls) webhooks.push(await createWebhook({ url, collections: ['articles'] }))
    await withoutOptIn(async () => {
      await publishedArticle()
      await runDueJobs(payload)
      await runDueJobs(payload)
    })
    expect(target.received).toHaveLength(0)
    for (const [index, webhook] of webhooks.entries()) {
      const deliveries = await deliveriesOf(payload, webhook.id)
      expect({ url: urls[index], attempts: deliveries.length }).toEqual({
        url: urls[index],
        attempts: 1,
      })
      expect(deliveries[0].statusCode ?? null).toBeNull()
      expect(deliveries[0].error).toMatch(
        /^refused: .* not a public address \((loopback|linkLocal|unspecified)\)/,
      )
    }
    expect((await deliveriesOf(payload, webhooks[0].id))[0].error).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), not a public address \(loopback\)/,
    )
    // Nothing left in the queue to retry them.
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'webhookDeliver' } }, { completedAt: { exists: false } }],
      },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
    for (const webhook of webhooks) {
      await payload.delete({ collection: 'webhooks', id: webhook.id, overrideAccess: true })
    }
  })

  it('with the opt-in the same odd spellings of loopback reach the receiver (the guard refused them)', async () => {
    const target = await receiver()
    const port = portOf(target.url)
    const webhooks = [
      await createWebhook({ url: `http://localhost:${port}/hook`, collections: ['articles'] }),
      await createWebhook({ url: `http://0x7f.1:${port}/hook`, collections: ['articles'] }),
    ]
    await publishedArticle()
    await runDueJobs(payload)
    expect(target.received).toHaveLength(2)
    for (const webhook of webhooks) {
      await payload.delete({ collection: 'webhooks', id: webhook.id, overrideAccess: true })
    }
  })

  it('follows no redirect: a 302 to another address is a failed attempt', async () => {
    const inner = await receiver()
    const redirecting = await receiver({ status: 302, location: inner.url })
    const webhook = await createWebhook({ url: redirecting.url, collections: ['articles'] })
    await publishedArticle()
    await runDueJobs(payload)
    expect(redirecting.received).toHaveLength(1)
    expect(inner.received).toHaveLength(0)
    expect((await deliveriesOf(payload, webhook.id))[0]).toMatchObject({
      statusCode: 302,
      error: 'HTTP 302',
    })
    // A webhook with a delivery log can be deleted (the log goes with it).
    const token = await api.login(staff.admin.email, TEST_PASSWORD)
    expect((await api.delete(`/webhooks/${webhook.id}`, { token })).status).toBe(200)
    expect(await deliveriesOf(payload, webhook.id)).toHaveLength(0)
  })
})
