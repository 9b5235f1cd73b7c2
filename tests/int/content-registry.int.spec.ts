import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readGeneration } from '@/delivery/cache/generation'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { richText } from '../helpers/content'
import { setUpSuite } from '../helpers/suite'
import type { Staff } from '../helpers/users'
import { TEST_PASSWORD } from '../helpers/users'

/**
 * A seventh content collection added through the registry (tests/helpers/seventhCollection: one
 * registry entry and its own collection file) takes part in the workflow, search, the delivery
 * cache and slugs like the six, through the real HTTP front.
 */
let payload: Payload
let server: InProcessServer
let staff: Staff
const tokens: Partial<Record<keyof Staff, string>> = {}

const suite = setUpSuite(import.meta.url, {
  staff: 'accounts',
  loadConfig: () => import('../helpers/seventhCollection/config'),
})

beforeAll(async () => {
  ;({ payload, staff } = suite)
  server = await listenInProcess(payload, payload.config)
  suite.onCleanup(() => server.close())
  for (const role of ['editor', 'reviewer', 'admin'] as const) {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff[role].email, password: TEST_PASSWORD }),
    })
    tokens[role] = ((await response.json()) as { token: string }).token
  }
})

const call = (path: string, init: { method?: string; token?: string; body?: unknown } = {}) =>
  fetch(`${server.url}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })

const act = async (id: string, action: string, token: string | undefined) =>
  call(`/workflow/field-notes/${id}`, { method: 'POST', token, body: { action } })

describe('a seventh content collection from the registry', () => {
  it('an editor creates a note as a draft, with a pinyin slug from its Chinese name', async () => {
    const response = await call('/field-notes', {
      method: 'POST',
      token: tokens.editor,
      body: { name: '崂山观鸟记', place: '崂山', description: richText('清晨的鸟鸣') },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { id: string; slug: string; workflowStage: string; _status: string }
    }
    expect(doc).toMatchObject({ slug: 'lao-shan-guan-niao-ji', workflowStage: 'draft' })
    expect(doc._status).toBe('draft')
    // The workflow holds every write path: an editor cannot publish it directly.
    const direct = await call(`/field-notes/${doc.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(direct.status).toBe(403)
    expect((await call(`/field-notes/${doc.id}`)).status).toBe(404)
  })

  it('goes through review to publication: search finds it and the cache generation moves', async () => {
    const created = await call('/field-notes', {
      method: 'POST',
      token: tokens.editor,
      body: { name: '小珠山的萤火虫', place: '小珠山' },
    })
    const { doc } = (await created.json()) as { doc: { id: string } }
    expect((await act(doc.id, 'submit', tokens.editor)).status).toBe(200)
    // One review level, from the registry entry; an editor may not approve.
    expect((await act(doc.id, 'approve', tokens.editor)).status).toBe(403)
    expect((await act(doc.id, 'approve', tokens.reviewer)).status).toBe(200)
    const before = await readGeneration(payload)
    const published = await act(doc.id, 'publish', tokens.reviewer)
    expect(published.status).toBe(200)
    expect(await published.json()).toMatchObject({ workflowStage: 'published' })
    expect(await readGeneration(payload)).not.toBe(before)

    const search = await call(`/search?q=${encodeURIComponent('萤火虫')}&collections=field-notes`)
    expect(search.status).toBe(200)
    const { hits } = (await search.json()) as { hits: { collection: string; id: string }[] }
    expect(hits).toEqual([expect.objectContaining({ collection: 'field-notes', id: doc.id })])

    // Anonymous readers get it, with the delivery cache's headers.
    const read = await call(`/field-notes/${doc.id}`)
    expect(read.status).toBe(200)
    expect(read.headers.get('cache-control')).toMatch(/^public/)
    expect(read.headers.get('etag')).toBeTruthy()
  })

  it('has its review levels in the settings and can be followed by a webhook', async () => {
    const settings = await call('/globals/workflow-settings', { token: tokens.reviewer })
    expect(settings.status).toBe(200)
    expect(await settings.json()).toMatchObject({ reviewLevels: { fieldNotes: 1, articles: 2 } })
    const webhook = await call('/webhooks', {
      method: 'POST',
      token: tokens.admin,
      body: {
        name: 'notes',
        url: 'https://example.com/hook',
        events: ['publish'],
        collections: ['field-notes'],
      },
    })
    expect(webhook.status).toBe(201)
  })
})
