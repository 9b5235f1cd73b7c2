import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import type { Payload } from 'payload'

import { apiClientKeys } from '@/delivery/apiClients/middleware'
import { deliveryCache } from '@/delivery/cache/middleware'
import { restBounds } from '@/delivery/limits/restBounds'
import { rateLimits, readCounter } from '@/delivery/rateLimit/middleware'
import type { ApiClient } from '@/payload-types'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { payloadNextHandler } from '../helpers/nextHandler'
import { setUpSuite } from '../helpers/suite'
import type { StaffTokens } from '../helpers/users'
import { articleData } from '../helpers/workflow'

// Hits answered at the front of the express chain (src/http/app.ts): what takes that way, what
// never does, and that no cached answer reaches a caller who may not read it.

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

let payload: Payload
let tokens: StaffTokens
let server: InProcessServer
/** The cache's early answers in front of a probe that notes what went on down the chain. */
let front: { url: string; close: () => Promise<void> }
const reachedChain: string[] = []

const ROLES = ['admin', 'reviewer', 'editor', 'otherEditor'] as const

const listenFront = async () => {
  const cache = deliveryCache(payload)
  const countRead = readCounter()
  const app = express()
  app.use(cache.answerHits({ countRead }))
  app.use((req, _res, next) => {
    reachedChain.push(req.url)
    next()
  })
  app.use(apiClientKeys(payload))
  app.use(rateLimits({ countRead }))
  app.use(restBounds())
  app.use(cache.answer)
  app.use(payloadNextHandler(suite.config))
  const listening = await new Promise<Server>((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started))
  })
  return {
    url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => listening.close(() => resolve())),
  }
}

beforeAll(async () => {
  ;({ payload, tokens } = suite)
  server = await listenInProcess(payload, suite.config)
  front = await listenFront()
})

afterAll(async () => {
  await server?.close()
  await front?.close()
})

const published = { _status: 'published' as const, workflowStage: 'published' as const }

/** Answers computed within a second of this process's own change are served but not kept. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_100))

const createClient = async (base: string, data: Partial<ApiClient> = {}) => {
  const response = await fetch(`${base}/api/api-clients`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
    body: JSON.stringify({ name: `站点 ${Date.now()}`, ...data }),
  })
  expect(response.status).toBe(201)
  const { doc } = (await response.json()) as { doc: ApiClient & { key: string } }
  return doc
}

const withKey = (key: string, headers: Record<string, string> = {}) => ({
  headers: { Authorization: `Bearer ${key}`, ...headers },
})

/** Whether this request went on past the early answers. */
const reaches = async (url: string, init?: RequestInit) => {
  const before = reachedChain.length
  const response = await fetch(url, init)
  await response.arrayBuffer()
  return { response, reached: reachedChain.length > before }
}

describe('early hits at the front of the chain', () => {
  it('answers an anonymous hit before the chain below, and a miss through it', async () => {
    await payload.create({
      collection: 'articles',
      data: { ...articleData('前端命中'), ...published },
      overrideAccess: true,
    })
    await settle()
    const path = `${front.url}/api/articles?limit=3&sort=-createdAt`
    const miss = await reaches(path)
    expect(miss.reached).toBe(true)
    expect(miss.response.headers.get('x-cache')).toBe('MISS')
    const hit = await reaches(path)
    expect(hit.reached).toBe(false)
    expect(hit.response.headers.get('x-cache')).toBe('HIT')
    expect(hit.response.headers.get('etag')).toBe(miss.response.headers.get('etag'))
    // The same URL with its default depth spelled out is the same answer.
    expect((await reaches(`${path}&depth=1`)).reached).toBe(false)
  })

  it('answers a keyed hit early once the key is known, and sends unknown, revoked or foreign-origin keys down the chain', async () => {
    const client = await createClient(server.url, {
      allowedOrigins: [{ origin: 'https://portal.kexie.cn' }],
    })
    const path = `${front.url}/api/articles?limit=4&sort=-createdAt`
    await fetch(path) // cached for everyone
    // The first keyed request looks the key up on the way down; the next one is known.
    expect((await reaches(path, withKey(client.key))).response.status).toBe(200)
    const known = await reaches(path, withKey(client.key))
    expect(known.reached).toBe(false)
    expect(known.response.headers.get('x-cache')).toBe('HIT')

    const forged = await reaches(path, withKey(`${client.key.slice(0, -4)}AAAA`))
    expect(forged.reached).toBe(true)
    expect(forged.response.status).toBe(401)

    const foreign = await reaches(path, withKey(client.key, { Origin: 'https://evil.example' }))
    expect(foreign.reached).toBe(true)
    expect(foreign.response.status).toBe(403)

    const revoke = await fetch(`${front.url}/api/api-clients/${client.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
      body: JSON.stringify({ isRevoked: true }),
    })
    expect(revoke.status).toBe(200)
    const revoked = await reaches(path, withKey(client.key))
    expect(revoked.reached).toBe(true)
    expect(revoked.response.status).toBe(401)
  })

  it('counts an early hit against the key’s own limit', async () => {
    const client = await createClient(server.url, { readsPerMinute: 3 })
    const path = `${front.url}/api/articles?limit=5&sort=-createdAt`
    await fetch(path)
    const statuses: number[] = []
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await reaches(path, withKey(client.key))).response.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    // Answered early: the 429 came from the front too.
    expect((await reaches(path, withKey(client.key))).reached).toBe(false)
  })

  it.each(ROLES)(
    'a signed-in %s never takes the early way, by token or by cookie',
    async (role) => {
      const path = `${front.url}/api/articles?limit=6&sort=-createdAt`
      await fetch(path)
      expect((await reaches(path)).reached).toBe(false)
      const credentials: Record<string, string>[] = [
        { Authorization: `JWT ${tokens[role]}` },
        { Authorization: `Bearer ${tokens[role]}` },
        { Cookie: `payload-token=${tokens[role]}` },
      ]
      for (const headers of credentials) {
        const signedIn = await reaches(path, { headers })
        expect(signedIn.reached).toBe(true)
        expect(signedIn.response.headers.get('x-cache')).toBe('BYPASS')
        expect(signedIn.response.headers.get('cache-control')).toBe('private, no-store')
      }
    },
  )

  it('drafts and previews never take the early way', async () => {
    const path = `${front.url}/api/articles?limit=6&sort=-createdAt`
    for (const url of [`${path}&draft=true`, `${path}&preview=1`]) {
      await fetch(url)
      const again = await reaches(url)
      expect(again.reached).toBe(true)
      expect(again.response.headers.get('x-cache')).toBe('BYPASS')
    }
  })
})

describe('no cached answer leaks what its caller may not read', () => {
  it.each(ROLES)(
    'a draft %s can read stays out of the answers for anonymous and keyed readers',
    async (role) => {
      const draft = await payload.create({
        collection: 'articles',
        data: articleData(`仅员工可见 ${role}`),
        overrideAccess: true,
      })
      const { key } = await createClient(server.url)
      await settle()
      const urls = [
        `${server.url}/api/articles?limit=50&sort=-createdAt`,
        `${server.url}/api/articles?limit=50&sort=-createdAt&draft=true`,
        `${server.url}/api/articles?where[title][equals]=${encodeURIComponent(draft.title)}`,
        `${server.url}/api/articles/${draft.id}`,
        `${server.url}/api/articles/${draft.id}?draft=true`,
      ]
      for (const url of urls) {
        const staff = await fetch(url, { headers: { Authorization: `JWT ${tokens[role]}` } })
        expect(staff.headers.get('cache-control')).toBe('private, no-store')
        await staff.arrayBuffer()
        // Twice each: the second would be a hit, early or not, had the staff answer been kept.
        for (let i = 0; i < 2; i += 1) {
          for (const init of [{}, withKey(key)]) {
            const reader = await fetch(url, init)
            expect(await reader.text()).not.toContain(draft.title)
          }
        }
        // And the other way round: a reader's cached answer is not what staff get.
        const staffAgain = await fetch(url, { headers: { Authorization: `JWT ${tokens[role]}` } })
        expect(staffAgain.headers.get('x-cache')).toBe('BYPASS')
        await staffAgain.arrayBuffer()
      }
    },
  )
})
