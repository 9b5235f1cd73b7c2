import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD } from '../helpers/users'
import type { Staff } from '../helpers/users'
import { documentInStage } from '../helpers/workflow'

let payload: Payload
let second: Payload
let staff: Staff
const servers: InProcessServer[] = []
let url: string
let secondUrl: string

const listen = async (instance: Payload, config: SanitizedConfig) => {
  const server = await listenInProcess(instance, config)
  servers.push(server)
  return server.url
}

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, staff } = suite)
  // A second instance on the same database file stands for a second server process.
  second = await getPayload({ config: suite.config, key: 'second-process' })
  suite.onCleanup(() => second.destroy())
  url = await listen(payload, suite.config)
  secondUrl = await listen(second, suite.config)
  suite.onCleanup(() => Promise.all(servers.map((server) => server.close())))
})

const titles = async (response: Response) =>
  ((await response.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)

const publishArticle = async (instance: Payload) => {
  const id = await documentInStage(instance, 'articles', {
    stage: 'published',
    author: staff.editor.id,
  })
  const article = await instance.findByID({ collection: 'articles', id, overrideAccess: true })
  return article.title
}

const login = async () => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staff.editor.email, password: TEST_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('delivery cache', () => {
  it('answers an anonymous read with a strong ETag and 304 when it matches', async () => {
    await publishArticle(payload)
    const first = await fetch(`${url}/api/articles?limit=5`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    )
    const again = await fetch(`${url}/api/articles?limit=5`, {
      headers: { 'If-None-Match': etag! },
    })
    expect(again.status).toBe(304)
  })

  it('shows a publish in the very next response', async () => {
    const listUrl = `${url}/api/articles?limit=100&sort=-createdAt`
    await fetch(listUrl)
    const title = await publishArticle(payload)
    expect(await titles(await fetch(listUrl))).toContain(title)
  })

  it('shows a delete in the very next response', async () => {
    const title = await publishArticle(payload)
    const listUrl = `${url}/api/articles?limit=100&sort=-updatedAt`
    expect(await titles(await fetch(listUrl))).toContain(title)
    const { docs } = await payload.find({
      collection: 'articles',
      where: { title: { equals: title } },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'articles', id: docs[0].id, overrideAccess: true })
    expect(await titles(await fetch(listUrl))).not.toContain(title)
  })

  it('marks an authenticated answer private, no-store and without an ETag', async () => {
    const token = await login()
    const response = await fetch(`${url}/api/articles?limit=5`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('etag')).toBeNull()
  })

  it('never caches a draft-bearing request, even a cookie-signed one', async () => {
    const token = await login()
    const draftUrl = `${url}/api/articles?draft=true&limit=5`
    const signedIn = await fetch(draftUrl, { headers: { Cookie: `payload-token=${token}` } })
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    const anonymous = await fetch(draftUrl)
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
    expect(anonymous.headers.get('etag')).toBeNull()
  })

  it('says in X-Cache whether memory (HIT), Payload (MISS) or neither (BYPASS) answered', async () => {
    await publishArticle(payload)
    // Answers computed within a second of this process's own change are served but not kept.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const listUrl = `${url}/api/articles?limit=7&sort=-createdAt`
    const first = await fetch(listUrl)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await fetch(listUrl)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toBe(await first.text())

    const token = await login()
    const signedIn = await fetch(listUrl, { headers: { Authorization: `JWT ${token}` } })
    expect(signedIn.headers.get('x-cache')).toBe('BYPASS')
    const draft = await fetch(`${listUrl}&draft=true`)
    expect(draft.headers.get('x-cache')).toBe('BYPASS')
    // Not a delivery answer at all: no header.
    expect((await fetch(`${url}/api/users/me`)).headers.get('x-cache')).toBeNull()
  })

  it('caches GraphQL queries sent with GET', async () => {
    const query = new URLSearchParams({ query: '{ Articles(limit: 5) { docs { title } } }' })
    const first = await fetch(`${url}/api/graphql?${query}`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    const again = await fetch(`${url}/api/graphql?${query}`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('shows a publish made by another process within one second', async () => {
    const listUrl = `${secondUrl}/api/articles?limit=100&sort=-createdAt`
    await fetch(listUrl)
    await fetch(listUrl)
    const title = await publishArticle(payload)
    const deadline = Date.now() + 1_000
    let seen = false
    while (!seen && Date.now() < deadline) {
      seen = (await titles(await fetch(listUrl))).includes(title)
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(seen).toBe(true)
  })
  it('CACHE_ENABLED=false leaves every answer to Payload, and private answers still no-store', async () => {
    process.env.CACHE_ENABLED = 'false'
    let plainUrl: string
    try {
      plainUrl = await listen(payload, await (await import('@payload-config')).default)
    } finally {
      delete process.env.CACHE_ENABLED
    }
    await publishArticle(payload)
    const first = await fetch(`${plainUrl}/api/articles?limit=5`)
    expect(first.status).toBe(200)
    expect(first.headers.get('etag')).toBeNull()
    expect(first.headers.get('x-cache')).toBe('BYPASS')
    expect(first.headers.get('cache-control') ?? '').not.toMatch(/public/)
    const again = await fetch(`${plainUrl}/api/articles?limit=5`, {
      headers: { 'If-None-Match': '*' },
    })
    expect(again.status).toBe(200)
    const token = await login()
    const signedIn = await fetch(`${plainUrl}/api/articles?limit=5`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
  })
})
