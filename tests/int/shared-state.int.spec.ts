import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { closeSharedRedis } from '@/cluster/redis'
import { recordChanges } from '@/delivery/cache/changes'
import { GENERATION_KEY } from '@/delivery/cache/generation'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import type { ApiClient } from '../helpers/http'
import { startRedisServer } from '../helpers/redisServer'
import { setUpSuite } from '../helpers/suite'
import { documentInStage, transition } from '../helpers/workflow'

// What several instances share through REDIS_URL, seen from one of them: a second instance's
// part is played by a plain Redis client, as another server process would send it.
const redisServer = await startRedisServer()

const suite = setUpSuite(import.meta.url, { env: { REDIS_URL: redisServer.url }, staff: 'tokens' })

let payload: Payload
let api: ApiClient
let redis: Redis
const servers: InProcessServer[] = []

beforeAll(async () => {
  ;({ payload, api } = suite)
  redis = new Redis(redisServer.url)
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  redis?.disconnect()
  await closeSharedRedis()
  await redisServer.stop()
})

/** Another express front on this Payload, made while `env` is set (the settings it reads). */
const listenWith = async (env: Record<string, string>) => {
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  try {
    const server = await listenInProcess(payload, suite.config)
    servers.push(server)
    return server.url
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

describe('shared state through Redis (REDIS_URL set)', () => {
  it('a reader limit holds across instances: 4 reads in all, then 429 on either', async () => {
    const [first, second] = [
      await listenWith({ RATE_LIMIT_READ: '4' }),
      await listenWith({ RATE_LIMIT_READ: '4' }),
    ]
    const statuses: number[] = []
    for (const base of [first, second, first, second, first, second]) {
      statuses.push((await fetch(`${base}/api/categories?limit=1`)).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    const refused = await fetch(`${second}/api/categories?limit=1`)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it("another instance's change message makes this one show the change the moment it commits", async () => {
    const base = await listenWith({})
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: suite.staff.editor.id,
    })
    const url = `${base}/api/articles/${id}`
    const slugOf = async () => ((await (await fetch(url)).json()) as { slug: string }).slug
    const original = await slugOf()
    // Past the settle time after our own publish, so the answer is kept.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await slugOf()
    // Changed under the cache: no hook runs and the database generation stays where it was.
    await payload.db.updateOne({
      collection: 'articles',
      id,
      data: { slug: 'published-on-another-instance' },
      returning: false,
    })
    const changed = await payload.findByID({ collection: 'articles', id, overrideAccess: true })
    expect(changed.slug).toBe('published-on-another-instance')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await slugOf()).toBe(original)

    // The other instance announces its change before it commits: until then the answer stays.
    const change = [{ collection: 'articles', id }]
    await redis.publish(
      'kexie:delivery-cache:changes',
      JSON.stringify({ from: 'another-instance', message: change }),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await slugOf()).toBe(original)
    // Its commit: the change row and the new generation, as src/delivery/cache/generation.ts
    // writes them. This instance reads the generation on the next request (not after its usual
    // interval), because the message marked the answer.
    await recordChanges(await createLocalReq({}, payload), change)
    await payload.kv.set(GENERATION_KEY, { token: randomUUID() })
    expect(await slugOf()).toBe('published-on-another-instance')
  })

  it('a transition waits while another instance holds the workflow lock, then goes through', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'draft',
      author: suite.staff.editor.id,
    })
    await redis.set('kexie:lock:workflow:transition', 'another-instance', 'PX', 30_000)
    let settled = false
    const submitted = transition(api, 'articles', id, { action: 'submit' }, suite.tokens.editor)
    void submitted.finally(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(settled).toBe(false)
    const state = await payload.findByID({ collection: 'articles', id, overrideAccess: true })
    expect(state.workflowStage).toBe('draft')

    await redis.del('kexie:lock:workflow:transition')
    const answer = await submitted
    expect({ status: answer.status, stage: answer.body.workflowStage }).toEqual({
      status: 200,
      stage: 'in_review',
    })
  })

  it('the lock is free again once a transition is done', async () => {
    expect(await redis.exists('kexie:lock:workflow:transition')).toBe(0)
  })
})
