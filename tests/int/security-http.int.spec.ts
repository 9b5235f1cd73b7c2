import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { outbox } from '@/workflow/notifications/outbox'

import type { ApiClient } from '../helpers/http'
import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { createStaff, TEST_PASSWORD } from '../helpers/users'
import type { StaffTokens } from '../helpers/users'
import { richText } from '../helpers/content'
import { setUpSuite } from '../helpers/suite'
import { eventData } from '../helpers/workflow'

/**
 * Adversarial tests through the express front in process (issue 8, items 3 to 6): query abuse,
 * GraphQL abuse, sessions, login throttling, CSRF and CORS. Each request is answered within a
 * generous bound; nothing here measures speed. The plain bounds (limit, depth, 1 MB, aliases)
 * are in delivery-bounds.int.spec.ts; cookie and CORS basics in auth.int.spec.ts.
 */

const LOGIN_LIMIT = 4
let payload: Payload
let api: ApiClient
let server: InProcessServer
let url: string
let tokens: StaffTokens
let clientCounter = 0

type Who = 'anonymous' | 'editor' | 'reviewer'
const WHO: Who[] = ['anonymous', 'editor', 'reviewer']
const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : tokens[who])

// The staff log in through the route handlers (no client address: not counted by the login
// limit).
const suite = setUpSuite(import.meta.url, {
  env: { RATE_LIMIT_LOGIN: String(LOGIN_LIMIT), RATE_LIMIT_READ: '0' },
  staff: 'tokens',
})

beforeAll(async () => {
  ;({ payload, api, tokens } = suite)
  server = await listenInProcess(payload, suite.config)
  suite.onCleanup(() => server.close())
  url = server.url
  // 40 published events (each with a long body) and 5 drafts, written server-side.
  const longText = '科普'.repeat(20_000)
  for (let index = 0; index < 45; index += 1) {
    await payload.create({
      collection: 'events',
      data: {
        ...eventData(`活动 ${index}`),
        description: index === 0 ? richText(longText) : undefined,
        _status: index < 40 ? 'published' : 'draft',
      } as never,
      overrideAccess: true,
    })
  }
}, 120_000)

/** A fresh client address per test (express trusts X-Forwarded-For from loopback by default). */
const newClient = () => {
  clientCounter += 1
  return `203.0.113.${clientCounter}`
}

type Init = { token?: string; headers?: Record<string, string>; client?: string }

const send = async (method: string, path: string, body?: string, init: Init = {}) => {
  const headers: Record<string, string> = {
    'X-Forwarded-For': init.client ?? '198.51.100.1',
    ...init.headers,
  }
  if (init.token) headers.Authorization = `JWT ${init.token}`
  return fetch(`${url}${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
  })
}

const get = (path: string, init?: Init) => send('GET', path, undefined, init)

const postJson = (path: string, body: unknown, init: Init = {}) =>
  send('POST', path, JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })

const graphql = async (query: string, init: Init & { variables?: unknown } = {}) => {
  const response = await postJson('/api/graphql', { query, variables: init.variables }, init)
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null
      errors?: { message: string }[]
    },
  }
}

type List = { docs: Record<string, unknown>[]; totalDocs: number }

const publishedCount = 40

describe('query abuse over REST (anonymous, editor, reviewer)', () => {
  it.each(WHO)('%s: limit=0, pagination=false and depth=50 are refused', async (who) => {
    for (const query of ['limit=0', 'pagination=false', 'depth=50', 'limit=100000']) {
      const response = await get(`/api/events?${query}`, { token: tokenOf(who) })
      expect({ query, status: response.status }).toEqual({ query, status: 400 })
    }
  })

  it.each(WHO)('%s: the same bounds hold for a query sent in a POST body', async (who) => {
    const override = (body: string) =>
      send('POST', '/api/events', body, {
        token: tokenOf(who),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Payload-HTTP-Method-Override': 'GET',
        },
      })
    for (const body of ['limit=0', 'pagination=false', 'depth=50', 'limit=5000&depth=10']) {
      const response = await override(body)
      expect({ body, status: response.status }).toEqual({ body, status: 400 })
    }
    // The admin UI's own use of it still works, within bounds, and shows drafts to staff only.
    const fine = await override('limit=100&where[title][like]=活动')
    expect(fine.status).toBe(200)
    const list = (await fine.json()) as List
    expect(list.totalDocs).toBe(who === 'anonymous' ? publishedCount : 45)
    expect(list.docs.length).toBeLessThanOrEqual(100)
    // Other spellings of the override are refused rather than passed through unchecked.
    const asJson = await send('POST', '/api/events', JSON.stringify({ limit: 0 }), {
      token: tokenOf(who),
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' },
    })
    expect(asJson.status).toBe(415)
    const asDelete = await send('POST', `/api/events`, '', {
      token: tokenOf(who),
      headers: { 'X-HTTP-Method-Override': 'DELETE' },
    })
    expect(asDelete.status).toBe(400)
  })

  it.each(WHO)('%s: 1,000 or clauses are refused with 400; 100 are answered', async (who) => {
    const params = new URLSearchParams({ limit: '100' })
    for (let index = 0; index < 1000; index += 1) {
      params.append(`where[or][${index}][title][equals]`, `活动 ${index % 50}`)
    }
    const response = await send('POST', '/api/events', params.toString(), {
      token: tokenOf(who),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/more than 100 conditions/)
    // 100 are answered, with drafts for staff only.
    const hundred = new URLSearchParams({ limit: '100' })
    for (let index = 0; index < 100; index += 1) {
      hundred.append(`where[or][${index}][title][equals]`, `活动 ${index % 50}`)
    }
    const answered = await send('POST', '/api/events', hundred.toString(), {
      token: tokenOf(who),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
    })
    expect(answered.status).toBe(200)
    const list = (await answered.json()) as List
    expect(list.totalDocs).toBe(who === 'anonymous' ? publishedCount : 45)
  })

  it.each(WHO)('%s: like on a large rich-text field is answered, bounded', async (who) => {
    const pattern = encodeURIComponent(`%${'科普%'.repeat(200)}`)
    const response = await get(`/api/events?limit=10&where[description][like]=${pattern}`, {
      token: tokenOf(who),
    })
    expect([200, 400]).toContain(response.status)
    if (response.status === 200)
      expect(((await response.json()) as List).docs.length).toBeLessThanOrEqual(10)
  })

  it('anonymous: operator injection through the query string reads no draft', async () => {
    for (const query of [
      'where[_status][$ne]=published',
      'where[_status][ne]=published',
      'where[_status][not_equals]=published',
      'where[_status][exists]=false',
      'where[or][0][_status][equals]=draft',
      'where[_status][in][0]=draft&where[_status][in][1]=published',
      'where[title][$regex]=.*',
      'where[title][like][$gt]=',
      'where[$where]=sleep(5000)',
      'draft=true&where[_status][equals]=draft',
      'where[id][not_in][0]=x&trash=true',
    ]) {
      const response = await get(`/api/events?limit=100&${query}`)
      expect({ query, ok: [200, 400].includes(response.status) }).toEqual({ query, ok: true })
      if (response.status === 200) {
        const list = (await response.json()) as List
        const statuses = new Set(list.docs.map((doc) => doc._status))
        expect({ query, statuses: [...statuses] }).toEqual({
          query,
          statuses: list.docs.length ? ['published'] : [],
        })
      }
    }
  })

  it('anonymous: JSON and rich-text where payloads of the advisories read no draft', async () => {
    for (const where of [
      { 'description.root.children': { like: "'; DROP TABLE events; --" } },
      { venue: { equals: { $ne: null } } },
      { venue: { like: { $regex: '.*' } } },
      { "title') OR 1=1 --": { equals: 'x' } },
      { title: { equals: "x' OR '1'='1" } },
      { 'title.zh"); SELECT 1; --': { equals: 'x' } },
      { _status: { equals: ['draft', 'published'] } },
    ]) {
      const response = await send(
        'POST',
        '/api/events',
        new URLSearchParams({ limit: '100', where: JSON.stringify(where) }).toString(),
        {
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-Payload-HTTP-Method-Override': 'GET',
          },
        },
      )
      expect({ where, isAnswered: [200, 400].includes(response.status) }).toEqual({
        where,
        isAnswered: true,
      })
      const viaGraphql = await graphql(
        'query ($where: Event_where) { Events(where: $where, limit: 100) { docs { _status } } }',
        { variables: { where } },
      )
      for (const docs of [
        response.status === 200 ? ((await response.json()) as List).docs : [],
        (viaGraphql.body.data?.Events as List | undefined)?.docs ?? [],
      ]) {
        expect(docs.every((doc) => doc._status === 'published')).toBe(true)
      }
    }
    // The table is still there.
    expect((await get('/api/events?limit=1')).status).toBe(200)
  })
})

describe('GraphQL abuse', () => {
  const deepEvents = (levels: number) =>
    `{ Events(limit: 1) { docs { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`

  it.each(WHO)('%s: deep, over-complex, 100-alias and batched queries are refused', async (who) => {
    const token = tokenOf(who)
    const deep = await graphql(deepEvents(9), { token })
    expect(deep.body.errors?.[0].message).toMatch(/depth/)
    expect(deep.body.data ?? null).toBeNull()

    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: Events(limit: 1) { totalDocs }`)
    const aliased = await graphql(`{ ${aliases.join(' ')} }`, { token })
    expect(aliased.body.errors?.[0].message).toMatch(/aliases exceed/)

    const complex = await graphql(
      `{ ${Array.from({ length: 15 }, (_, i) => `e${i}: Events(limit: 100) { docs { parent { parent { id } } } }`).join(' ')} }`,
      { token },
    )
    expect(JSON.stringify(complex.body.errors)).toMatch(/complexity/i)

    const batch = await postJson(
      '/api/graphql',
      Array.from({ length: 50 }, () => ({ query: '{ Events(limit: 100) { totalDocs } }' })),
      { token },
    )
    expect(batch.status).toBeGreaterThanOrEqual(400)
    expect(batch.status).toBeLessThan(500)
  })

  it('a 1 MB GraphQL body is refused with 413', async () => {
    const response = await postJson('/api/graphql', {
      query: `{ Events(limit: 1) { totalDocs } } # ${'x'.repeat(1024 * 1024)}`,
    })
    expect(response.status).toBe(413)
  })

  it('introspection and the playground are off in production', async () => {
    const { GRAPHQL_PLAYGROUND_GET } = await import('@payloadcms/next/routes')
    const previous = process.env.NODE_ENV
    try {
      ;(process.env as Record<string, string>).NODE_ENV = 'production'
      for (const who of WHO) {
        const schema = await graphql('{ __schema { types { name } } }', { token: tokenOf(who) })
        expect(schema.body.errors?.[0].message).toMatch(/introspection is not allowed/)
        const type = await graphql('{ __type(name: "User") { fields { name } } }', {
          token: tokenOf(who),
        })
        expect(type.body.errors?.[0].message).toMatch(/introspection is not allowed/)
      }
      const playground = await GRAPHQL_PLAYGROUND_GET(Promise.resolve(payload.config))(
        new Request(`${url}/api/graphql-playground`),
      )
      expect(playground.status).toBe(404)
    } finally {
      ;(process.env as Record<string, string>).NODE_ENV = previous as string
    }
  })

  it('webhooks and their delivery log are the admin’s alone over GraphQL too', async () => {
    await payload.create({
      collection: 'webhooks',
      data: { name: 'portal', url: 'https://portal.example/hook', events: ['publish'] },
      overrideAccess: true,
    })
    for (const who of WHO) {
      const token = tokenOf(who)
      const read = await graphql(
        '{ Webhooks { docs { url secret } } WebhookDeliveries { docs { id } } }',
        {
          token,
        },
      )
      expect(JSON.stringify(read.body)).not.toContain('portal.example')
      expect(read.body.errors?.length).toBeGreaterThan(0)
      const create = await graphql(
        'mutation { createWebhook(data: { name: "x", url: "https://evil.example/hook", events: publish }) { id } }',
        { token },
      )
      expect(create.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await payload.count({ collection: 'webhooks' })).totalDocs).toBe(1)
    const admin = await graphql('{ Webhooks { docs { url } } }', { token: tokens.admin })
    expect(JSON.stringify(admin.body)).toContain('portal.example')
  })
})

const meOf = async (token: string) => {
  const rest = (await (await get('/api/users/me', { token })).json()) as { user: unknown }
  const viaGraphql = await graphql('{ meUser { user { id roles } } }', { token })
  return {
    rest: rest.user ?? null,
    graphql: (viaGraphql.body.data?.meUser as { user: unknown } | null)?.user ?? null,
  }
}

describe('sessions', () => {
  it('a token is refused at once after logout', async () => {
    const user = await createStaff(payload, ['reviewer'], 'logout')
    const token = await api.login(user.email, TEST_PASSWORD)
    expect((await meOf(token)).rest).toMatchObject({ id: user.id })
    expect((await postJson('/api/users/logout', {}, { token })).status).toBe(200)
    expect(await meOf(token)).toEqual({ rest: null, graphql: null })
    expect((await get('/api/articles?draft=true', { token })).status).toBe(200)
    const create = await postJson('/api/events', eventData(), { token })
    expect(create.status).toBe(403)
  })

  it('a token is refused at once after the account is deleted', async () => {
    const user = await createStaff(payload, ['editor'], 'deleted')
    const token = await api.login(user.email, TEST_PASSWORD)
    await api.delete(`/users/${user.id}`, { token: tokens.admin })
    expect(await meOf(token)).toEqual({ rest: null, graphql: null })
    expect((await postJson('/api/events', eventData(), { token })).status).toBe(403)
  })

  it('a role taken away is gone at once, though the token still claims it', async () => {
    const user = await createStaff(payload, ['admin'], 'downgraded')
    const token = await api.login(user.email, TEST_PASSWORD)
    expect((await get('/api/users?limit=100', { token })).status).toBe(200)
    const demote = await api.patch(`/users/${user.id}`, {
      token: tokens.admin,
      body: { roles: ['editor'] },
    })
    expect(demote.status).toBe(200)
    const list = (await (await get('/api/users?limit=100', { token })).json()) as List
    expect(list.docs.map((doc) => doc.id)).toEqual([user.id])
    expect((await get('/api/webhooks', { token })).status).toBe(403)
    const viaGraphql = await graphql('{ Webhooks { docs { id } } }', { token })
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
  })

  it('logins from one address are throttled before any account locks', async () => {
    const client = newClient()
    const victims = await Promise.all(
      [1, 2, 3].map((n) => createStaff(payload, ['editor'], `spray-${n}`)),
    )
    const attempts: number[] = []
    for (const victim of victims) {
      for (const wrong of ['wrong-1', 'wrong-2']) {
        const response = await postJson(
          '/api/users/login',
          { email: victim.email, password: wrong },
          { client },
        )
        attempts.push(response.status)
      }
    }
    expect(attempts.slice(0, LOGIN_LIMIT)).toEqual(Array(LOGIN_LIMIT).fill(401))
    expect(attempts.slice(LOGIN_LIMIT).every((status) => status === 429)).toBe(true)
    for (const victim of victims) {
      const stored = await payload.findByID({
        collection: 'users',
        id: victim.id,
        showHiddenFields: true,
        overrideAccess: true,
      })
      expect(stored.lockUntil ?? null).toBeNull()
    }
  })

  it('GraphQL login and forgot-password share the same per-address limit', async () => {
    const client = newClient()
    const user = await createStaff(payload, ['editor'], 'graphql-spray')
    const messages: string[] = []
    for (let attempt = 0; attempt < LOGIN_LIMIT + 2; attempt += 1) {
      const useRest = attempt % 2 === 0
      if (useRest) {
        const response = await postJson(
          '/api/users/login',
          { email: user.email, password: `wrong-${attempt}` },
          { client },
        )
        messages.push(response.status === 429 ? 'throttled' : String(response.status))
      } else {
        const result = await graphql(
          `
            mutation ($email: String!, $password: String!) {
              loginUser(email: $email, password: $password) {
                token
              }
            }
          `,
          { client, variables: { email: user.email, password: `wrong-${attempt}` } },
        )
        const message = result.body.errors?.[0].message ?? ''
        messages.push(/too many requests/i.test(message) ? 'throttled' : 'refused')
      }
    }
    expect(messages.slice(0, LOGIN_LIMIT).includes('throttled')).toBe(false)
    expect(messages.slice(LOGIN_LIMIT)).toEqual(['throttled', 'throttled'])
    const forgot = await graphql(
      `
        mutation ($email: String!) {
          forgotPasswordUser(email: $email)
        }
      `,
      { client, variables: { email: user.email } },
    )
    expect(forgot.body.errors?.[0].message).toMatch(/too many requests/i)
    // A forged address header does not reset the count.
    const forged = await graphql(
      `
        mutation ($email: String!) {
          forgotPasswordUser(email: $email)
        }
      `,
      { client, variables: { email: user.email }, headers: { 'X-Kexie-Client-Ip': '192.0.2.99' } },
    )
    expect(forged.body.errors?.[0].message).toMatch(/too many requests/i)
  })

  it('a forged X-Forwarded-Host or Host does not change the reset link', async () => {
    const user = await createStaff(payload, ['editor'], 'reset-link')
    outbox.length = 0
    const response = await postJson(
      '/api/users/forgot-password',
      { email: user.email },
      {
        client: newClient(),
        headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
      },
    )
    expect(response.status).toBe(200)
    const other = await createStaff(payload, ['editor'], 'reset-link-graphql')
    const viaGraphql = await graphql(
      `
        mutation ($email: String!) {
          forgotPasswordUser(email: $email)
        }
      `,
      {
        client: newClient(),
        variables: { email: other.email },
        headers: { 'X-Forwarded-Host': 'evil.example', Origin: 'https://evil.example' },
      },
    )
    expect(viaGraphql.body.errors ?? []).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 200))
    const mails = outbox.filter(
      (mail) => mail.to.includes(user.email) || mail.to.includes(other.email),
    )
    expect(mails).toHaveLength(2)
    for (const mail of mails) {
      const links = [...`${mail.html} ${mail.text}`.matchAll(/https?:\/\/[^\s"<]+/g)].map(
        ([link]) => link,
      )
      expect(links.length).toBeGreaterThan(0)
      for (const link of links)
        expect(link.startsWith(`${process.env.SERVER_URL}/admin/reset/`)).toBe(true)
      expect(`${mail.html} ${mail.text}`).not.toContain('evil.example')
    }
  })
})

describe('CSRF and CORS', () => {
  const cookie = () => `payload-token=${tokens.editor}`
  const eventCount = async () => (await payload.count({ collection: 'events' })).totalDocs

  it('a cross-site cookie POST writes nothing', async () => {
    const before = await eventCount()
    const variants: Record<string, string>[] = [
      { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      { Origin: 'null', 'Content-Type': 'application/json' },
      { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
    ]
    for (const headers of variants) {
      const response = await send('POST', '/api/events', JSON.stringify(eventData()), {
        headers: { ...headers, Cookie: cookie() },
      })
      expect({ headers, refused: [401, 403].includes(response.status) }).toEqual({
        headers,
        refused: true,
      })
      const viaGraphql = await send(
        'POST',
        '/api/graphql',
        JSON.stringify({
          query:
            'mutation { createEvent(data: { title: "csrf", startDate: "2025-01-01T00:00:00Z" }) { id } }',
        }),
        { headers: { ...headers, Cookie: cookie() } },
      )
      const answer = (await viaGraphql.json()) as { data?: { createEvent?: unknown } | null }
      expect(answer.data?.createEvent ?? null).toBeNull()
    }
    expect(await eventCount()).toBe(before)
  })

  it('a text/plain form POST is refused, with or without an Origin', async () => {
    const before = await eventCount()
    for (const origin of [undefined, 'https://evil.example', process.env.SERVER_URL as string]) {
      for (const path of ['/api/events', '/api/graphql', '/api/users/logout']) {
        const body =
          path === '/api/graphql'
            ? '{"query":"mutation { createEvent(data: { title: \\"csrf\\", startDate: \\"2025-01-01T00:00:00Z\\" }) { id } }","x":"='
            : `{"title":"csrf","startDate":"2025-01-01T00:00:00Z","x":"=`
        const response = await send('POST', path, `${body}"}`, {
          headers: {
            'Content-Type': 'text/plain',
            Cookie: cookie(),
            ...(origin ? { Origin: origin } : {}),
          },
        })
        expect({ path, origin, status: response.status }).toEqual({ path, origin, status: 415 })
      }
    }
    expect(await eventCount()).toBe(before)
    expect((await meOf(tokens.editor)).rest).not.toBeNull()
  })

  it('a foreign origin gets no Access-Control-Allow-Origin, on answers or preflights', async () => {
    for (const [method, path] of [
      ['GET', '/api/events'],
      ['OPTIONS', '/api/events'],
      ['OPTIONS', '/api/graphql'],
      ['GET', '/api/events?limit=0'],
    ] as const) {
      const response = await send(method, path, undefined, {
        headers: {
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      })
      expect({ method, path, allow: response.headers.get('access-control-allow-origin') }).toEqual({
        method,
        path,
        allow: null,
      })
    }
  })
})
