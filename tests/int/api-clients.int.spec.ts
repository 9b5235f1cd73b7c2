import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { ApiClient } from '@/payload-types'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { setUpSuite } from '../helpers/suite'
import type { StaffTokens } from '../helpers/users'
import { articleData } from '../helpers/workflow'

let payload: Payload
let tokens: StaffTokens
let server: InProcessServer

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(async () => {
  ;({ payload, tokens } = suite)
  server = await listenInProcess(payload, suite.config)
})

afterAll(async () => {
  await server?.close()
})

const published = { _status: 'published' as const, workflowStage: 'published' as const }

type Created = { doc: ApiClient & { key?: string } }

const asStaff = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
})

const createClient = async (data: Partial<ApiClient> = {}) => {
  const response = await fetch(
    `${server.url}/api/api-clients`,
    asStaff(tokens.admin, {
      method: 'POST',
      body: JSON.stringify({ name: `站点 ${Date.now()}`, ...data }),
    }),
  )
  expect(response.status).toBe(201)
  const { doc } = (await response.json()) as Created
  return { id: doc.id, key: doc.key!, doc }
}

const withKey = (key: string, headers: Record<string, string> = {}) => ({
  headers: { Authorization: `Bearer ${key}`, ...headers },
})

const publishedArticle = async () =>
  payload.create({
    collection: 'articles',
    data: { ...articleData('客户端读取'), ...published },
    overrideAccess: true,
  })

describe('api-clients: who manages keys', () => {
  it('an admin creates a client and sees its key once, in the create answer', async () => {
    const { id, key, doc } = await createClient({ allowedOrigins: [{ origin: 'https://a.cn' }] })
    expect(key).toMatch(/^kx_[0-9a-f]{8}[\w-]{40,}$/)
    expect(doc.keyPrefix).toBe(key.slice(3, 11))
    expect(doc).not.toHaveProperty('keyHash')

    const read = await fetch(`${server.url}/api/api-clients/${id}`, asStaff(tokens.admin))
    expect(read.status).toBe(200)
    const again = (await read.json()) as Record<string, unknown>
    expect(again.keyPrefix).toBe(doc.keyPrefix)
    expect(again.key ?? null).toBeNull()
    expect(again).not.toHaveProperty('keyHash')
    expect(JSON.stringify(again)).not.toContain(key.slice(11))

    const list = await fetch(`${server.url}/api/api-clients?limit=100`, asStaff(tokens.admin))
    expect(JSON.stringify(await list.json())).not.toContain(key.slice(11))
  })

  it('an admin cannot set a key or its hash of their own', async () => {
    const { key, doc } = await createClient({ keyHash: 'f'.repeat(64), keyPrefix: 'abcdabcd' })
    expect(doc.keyPrefix).not.toBe('abcdabcd')
    expect((await fetch(`${server.url}/api/articles?limit=1`, withKey(key))).status).toBe(200)
  })

  it.each(['reviewer', 'editor', 'otherEditor'] as const)(
    'staff without the admin role (%s) can neither create, read, change nor delete clients',
    async (role) => {
      const { id } = await createClient()
      const create = await fetch(
        `${server.url}/api/api-clients`,
        asStaff(tokens[role], { method: 'POST', body: JSON.stringify({ name: 'x' }) }),
      )
      expect(create.status).toBe(403)
      const list = await fetch(`${server.url}/api/api-clients`, asStaff(tokens[role]))
      expect(list.status).toBe(403)
      const read = await fetch(`${server.url}/api/api-clients/${id}`, asStaff(tokens[role]))
      expect(read.status).toBe(403)
      const update = await fetch(
        `${server.url}/api/api-clients/${id}`,
        asStaff(tokens[role], { method: 'PATCH', body: JSON.stringify({ isRevoked: true }) }),
      )
      expect(update.status).toBe(403)
      const remove = await fetch(
        `${server.url}/api/api-clients/${id}`,
        asStaff(tokens[role], { method: 'DELETE' }),
      )
      expect(remove.status).toBe(403)
      const stored = await payload.findByID({ collection: 'api-clients', id, overrideAccess: true })
      expect(stored.isRevoked).toBe(false)
    },
  )

  it('an anonymous caller, even with a valid key, cannot list or create clients', async () => {
    const { key } = await createClient()
    expect((await fetch(`${server.url}/api/api-clients`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/api-clients`, withKey(key))).status).toBe(403)
    const create = await fetch(`${server.url}/api/api-clients`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ name: 'x' }),
    })
    expect(create.status).toBe(403)
  })

  it('GraphQL never gives the hash, even to an admin', async () => {
    await createClient()
    const response = await fetch(
      `${server.url}/api/graphql`,
      asStaff(tokens.admin, {
        method: 'POST',
        body: JSON.stringify({ query: '{ ApiClients { docs { name keyHash } } }' }),
      }),
    )
    const body = (await response.json()) as {
      data: { ApiClients: { docs: { name: string; keyHash: null | string }[] } }
    }
    const { docs } = body.data.ApiClients
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every(({ keyHash }) => keyHash === null)).toBe(true)
  })

  it('refuses an allowed origin that is not an origin', async () => {
    const response = await fetch(
      `${server.url}/api/api-clients`,
      asStaff(tokens.admin, {
        method: 'POST',
        body: JSON.stringify({ name: 'x', allowedOrigins: [{ origin: 'https://a.cn/path' }] }),
      }),
    )
    expect(response.status).toBe(400)
  })
})

describe('api-clients: requests with a key', () => {
  it('reads published content with a key', async () => {
    const article = await publishedArticle()
    const { key } = await createClient()
    const response = await fetch(`${server.url}/api/articles/${article.id}`, withKey(key))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { title: string }).title).toBe(article.title)
  })

  it('an unknown key is 401, and so is a revoked one from the next request on', async () => {
    const { id, key } = await createClient()
    const forged = `${key.slice(0, -4)}AAAA`
    expect((await fetch(`${server.url}/api/articles?limit=1`, withKey(forged))).status).toBe(401)
    expect((await fetch(`${server.url}/api/articles?limit=1`, withKey(key))).status).toBe(200)

    // A change that is not a revocation keeps the key working.
    const rename = await fetch(
      `${server.url}/api/api-clients/${id}`,
      asStaff(tokens.admin, { method: 'PATCH', body: JSON.stringify({ name: '区站点' }) }),
    )
    expect(rename.status).toBe(200)
    expect((await fetch(`${server.url}/api/articles?limit=1`, withKey(key))).status).toBe(200)

    const revoke = await fetch(
      `${server.url}/api/api-clients/${id}`,
      asStaff(tokens.admin, { method: 'PATCH', body: JSON.stringify({ isRevoked: true }) }),
    )
    expect(revoke.status).toBe(200)
    const refused = await fetch(`${server.url}/api/articles?limit=1`, withKey(key))
    expect(refused.status).toBe(401)
    expect(JSON.stringify(await refused.json())).toContain('revoked')
  })

  it('a browser from an origin the client does not allow is 403; an allowed one reads', async () => {
    const { key } = await createClient({ allowedOrigins: [{ origin: 'https://portal.kexie.cn' }] })
    const path = `${server.url}/api/articles?limit=2`
    const allowed = await fetch(path, withKey(key, { Origin: 'https://portal.kexie.cn' }))
    expect(allowed.status).toBe(200)
    const other = await fetch(path, withKey(key, { Origin: 'https://evil.example' }))
    expect(other.status).toBe(403)
    // Without Origin: a server-side call.
    expect((await fetch(path, withKey(key))).status).toBe(200)

    const serverOnly = await createClient()
    const browser = await fetch(
      path,
      withKey(serverOnly.key, { Origin: 'https://portal.kexie.cn' }),
    )
    expect(browser.status).toBe(403)
  })

  it('counts reads per key, at the client’s own limit, not per address', async () => {
    const limited = await createClient({ readsPerMinute: 3 })
    const other = await createClient({ readsPerMinute: 3 })
    const path = `${server.url}/api/articles?limit=3`
    for (let i = 0; i < 3; i += 1) {
      expect((await fetch(path, withKey(limited.key))).status).toBe(200)
    }
    const over = await fetch(path, withKey(limited.key))
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    // Same address, another key and no key: counted on their own.
    expect((await fetch(path, withKey(other.key))).status).toBe(200)
    expect((await fetch(path)).status).toBe(200)
  })

  it('a keyed read of published content is the public answer, from the delivery cache', async () => {
    await publishedArticle()
    const { key } = await createClient()
    const path = `${server.url}/api/articles?limit=4&sort=-createdAt`
    const first = await fetch(path, withKey(key))
    const second = await fetch(path, withKey(key))
    const anonymous = await fetch(path)
    expect(second.headers.get('cache-control')).toMatch(/^public/)
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(anonymous.headers.get('etag')).toBe(first.headers.get('etag'))
  })

  it('reads a draft through preview only with a key that may', async () => {
    const { id } = await payload.create({
      collection: 'articles',
      data: articleData('预览草稿'),
      overrideAccess: true,
    })
    const previewer = await createClient({ canPreviewDrafts: true })
    const reader = await createClient()
    const path = `${server.url}/api/preview/articles/${id}`
    const opened = await fetch(path, withKey(previewer.key))
    expect(opened.status).toBe(200)
    expect(opened.headers.get('cache-control')).toBe('private, no-store')
    expect(((await opened.json()) as { id: string }).id).toBe(id)
    expect((await fetch(path, withKey(reader.key))).status).toBe(403)
    expect((await fetch(`${server.url}/api/articles/${id}`, withKey(previewer.key))).status).toBe(
      404,
    )
  })
})

describe('api-clients: CORS for browsers with a key', () => {
  const preflight = (origin: string, path = '/api/articles?limit=2') =>
    fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    })

  it('answers a preflight from an origin a key allows, with Authorization among the headers', async () => {
    const origin = `https://portal-${Date.now()}.kexie.cn`
    await createClient({ allowedOrigins: [{ origin }] })
    const response = await preflight(origin)
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(origin)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/\bAuthorization\b/)
    expect(response.headers.get('access-control-allow-methods')).toMatch(/\bGET\b/)
    expect(response.headers.get('access-control-allow-methods')).not.toMatch(/DELETE|PATCH|PUT/)
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0)
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/)
  })

  it('allows no origin that no key lists, nor one of a revoked client', async () => {
    const foreign = await preflight('https://evil.example')
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()

    const origin = `https://revoked-${Date.now()}.kexie.cn`
    const { id } = await createClient({ allowedOrigins: [{ origin }] })
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin)
    const revoke = await fetch(
      `${server.url}/api/api-clients/${id}`,
      asStaff(tokens.admin, { method: 'PATCH', body: JSON.stringify({ isRevoked: true }) }),
    )
    expect(revoke.status).toBe(200)
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('lets the browser read a keyed answer from its allowed origin, miss and hit alike', async () => {
    await publishedArticle()
    const origin = `https://district-${Date.now()}.kexie.cn`
    const { key } = await createClient({ allowedOrigins: [{ origin }] })
    // Answers computed within a second of this process's own publish are served but not kept.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const path = `${server.url}/api/articles?limit=6&sort=-createdAt`
    const cacheStates: (null | string)[] = []
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(path, withKey(key, { Origin: origin }))
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(response.headers.get('access-control-expose-headers')).toMatch(/\bETag\b/)
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/)
      cacheStates.push(response.headers.get('x-cache'))
      await response.arrayBuffer()
    }
    expect(cacheStates).toContain('HIT')
    // Without the key the same origin is not let in: it was granted to the key alone.
    const anonymous = await fetch(path, { headers: { Origin: origin } })
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("gives Payload's own origins their CORS headers on cache hits too", async () => {
    const { cors } = payload.config
    const origin = Array.isArray(cors) ? cors[0]! : 'http://localhost:3000'
    const path = `${server.url}/api/articles?limit=8&sort=-createdAt`
    await fetch(path)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await fetch(path)
    const hit = await fetch(path, { headers: { Origin: origin } })
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(hit.headers.get('access-control-allow-origin')).toBe(origin)
    expect(hit.headers.get('access-control-allow-credentials')).toBe('true')
  })
})
