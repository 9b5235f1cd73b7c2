import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import autocannon from 'autocannon'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { WEBHOOK_TASK } from '@/delivery/webhooks/constants'
import type { Media } from '@/payload-types'
import { verifyAuditChain } from '@/workflow/audit/verify'

import { deliveriesOf } from '../helpers/jobs'
import type { Nginx } from '../helpers/nginx'
import { startNginx } from '../helpers/nginx'
import { ensureNextBuild } from '../helpers/nextBuild'
import { startTestPayload } from '../helpers/payload'
import { freePort } from '../helpers/postgresCluster'
import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'
import type { RedisServer } from '../helpers/redisServer'
import { startRedisServer } from '../helpers/redisServer'
import type { S3Server } from '../helpers/s3Server'
import { startS3Server } from '../helpers/s3Server'
import type { ServerProcess } from '../helpers/server'
import { projectRoot, serverEnv, startServer } from '../helpers/server'
import type { Staff } from '../helpers/users'
import { createStaffSet, TEST_PASSWORD } from '../helpers/users'
import { documentInStage, historyOf, stateOf } from '../helpers/workflow'

/**
 * The cluster of docs/deployment.md on one machine: three app instances from the production build
 * (`npm start`) with JOBS_AUTORUN=false, one `npm run worker`, Debian's nginx in front with
 * docs/deployment/nginx.conf, on a throwaway PostgreSQL (TEST_DATABASE=postgres), Redis and s3rver.
 * Every write goes through nginx; nginx's `X-Upstream` (added to the test's copy of the config)
 * says which instance took it, and the others are then read directly.
 */

/** Reads per minute per client on each instance: small, so the shared count is quick to exhaust. */
const READS_PER_MINUTE = 20
const LOCK_KEY = 'kexie:lock:workflow:transition'
/** Where an instance announces the documents a change touched (src/delivery/cache/generation.ts). */
const CHANGES_CHANNEL = 'kexie:delivery-cache:changes'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Instance = { name: 'A' | 'B' | 'C'; server: ServerProcess }
const NAMES = ['A', 'B', 'C'] as const

let payload: Payload
let databaseUri: string
let staff: Staff
let redisServer: RedisServer
let redis: Redis
let s3: S3Server
let nginx: Nginx
let worker: ChildProcess | undefined
let workerOutput = ''
let receiver: Receiver | undefined
const instances: Instance[] = []
let instanceEnv: Record<string, string> = {}
/** The publishes sent during the reader load (an instance killed meanwhile), and their answers. */
const publishedUnderLoad: { id: string; status: number }[] = []
const tokens: { editor?: string; reviewer?: string } = {}

/**
 * A client address of its own for every request (as nginx reports it in X-Forwarded-For, which
 * the instances trust from loopback), so the only reader limit a test meets is the one it means to.
 */
let clientCount = 0
const nextClient = () => {
  clientCount += 1
  return `198.18.${(clientCount >> 8) & 255}.${clientCount & 255}`
}

const call = (
  base: string,
  apiPath: string,
  {
    method = 'GET',
    token,
    body,
    client = nextClient(),
  }: { method?: string; token?: string; body?: unknown; client?: string } = {},
) => {
  const headers: Record<string, string> = { 'X-Forwarded-For': client }
  if (token) headers.Authorization = `JWT ${token}`
  let sent: BodyInit | undefined
  if (body instanceof FormData) sent = body
  else if (body !== undefined) {
    sent = JSON.stringify(body)
    headers['Content-Type'] = 'application/json'
  }
  return fetch(`${base}${apiPath}`, {
    method,
    headers,
    body: sent,
    signal: AbortSignal.timeout(30_000),
  })
}

const instanceByPort = (port: string | undefined) =>
  instances.find(({ server }) => String(server.port) === port)

/** The instance that finally answered through nginx (after a failover nginx lists every try). */
const answeredBy = (response: Response): Instance | undefined =>
  instanceByPort(response.headers.get('x-upstream')?.split(',').pop()?.trim().replace(/^.*:/, ''))

const otherThan = (instance: Instance | undefined): Instance => {
  const other = instances.find((each) => each !== instance)
  if (!instance || !other) throw new Error('expected an answer from one of the instances')
  return other
}

const login = async (email: string): Promise<string> => {
  const response = await call(nginx.url, '/api/users/login', {
    method: 'POST',
    body: { email, password: TEST_PASSWORD },
  })
  const json = (await response.json()) as { token?: string }
  if (!json.token) throw new Error(`login through nginx failed: ${JSON.stringify(json)}`)
  return json.token
}

const publishThroughNginx = (id: string) =>
  call(nginx.url, `/api/workflow/articles/${id}`, {
    method: 'POST',
    token: tokens.reviewer,
    body: { action: 'publish' },
  })

const approvedArticle = () =>
  documentInStage(payload, 'articles', {
    stage: 'approved',
    author: staff.editor.id,
    submitter: staff.editor.id,
  })

const mediaCount = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

/** `npm run worker`, run as its script does (node with tsx), so its pid is the worker's own. */
const startWorker = async (env: Record<string, string>) => {
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'scripts/worker.ts'],
    { cwd: projectRoot, env: serverEnv('production', env), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (workerOutput += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (workerOutput += chunk))
  const deadline = Date.now() + 120_000
  while (!workerOutput.includes('running the jobs queue')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the jobs worker did not start:\n${workerOutput}`)
    }
    await sleep(200)
  }
  return child
}

const waitFor = async (isDone: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (!(await isDone())) {
    if (Date.now() > deadline) return false
    await sleep(50)
  }
  return true
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .png()
    .toBuffer()

const uploadForm = async (name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await png(640, 480))], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: '集群测试图片' }))
  return form
}

beforeAll(async () => {
  ;[redisServer, s3] = await Promise.all([startRedisServer(), startS3Server()])
  redis = new Redis(redisServer.url)
  // This process only sets up and checks the database: it runs no jobs and shares no state,
  // but its media configuration (object storage) is the instances' so its schema matches.
  ;({ payload, databaseUri } = await startTestPayload(import.meta.url, {
    ...s3.env,
    JOBS_AUTORUN: 'false',
    WEBHOOK_ALLOW_PRIVATE: 'true',
  }))
  staff = await createStaffSet(payload)
  await ensureNextBuild()

  const ports = [await freePort(), await freePort(), await freePort()]
  nginx = await startNginx(ports)
  instanceEnv = {
    DATABASE_URI: databaseUri,
    ...s3.env,
    REDIS_URL: redisServer.url,
    JOBS_AUTORUN: 'false',
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_READ: String(READS_PER_MINUTE),
    SERVER_URL: nginx.url,
    LOG_LEVEL: 'warn',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_RETRY_DELAY_MS: '0',
    // Every second: an instance that ran jobs despite JOBS_AUTORUN=false would be caught at once.
    JOBS_CRON: '* * * * * *',
  }
  // A first, alone: two first starts at once race to complete the same interrupted work. Once
  // it has started (and recovered), B and C start together.
  const first = await startServer({ mode: 'production', port: ports[0], env: instanceEnv }, 180_000)
  const others = await Promise.all(
    ports
      .slice(1)
      .map((port) => startServer({ mode: 'production', port, env: instanceEnv }, 180_000)),
  )
  for (const [index, server] of [first, ...others].entries()) {
    instances.push({ name: NAMES[index], server })
  }
  worker = await startWorker({ ...instanceEnv, LOG_LEVEL: 'info' })
  tokens.editor = await login(staff.editor.email)
  tokens.reviewer = await login(staff.reviewer.email)
}, 600_000)

afterAll(async () => {
  receiver?.close()
  if (worker && worker.exitCode === null) {
    worker.kill('SIGCONT')
    worker.kill('SIGTERM')
  }
  await Promise.all(instances.map(({ server }) => server.stop()))
  await nginx?.stop()
  redis?.disconnect()
  await redisServer?.stop()
  await s3?.stop().catch(() => undefined)
  await payload?.destroy()
})

describe('three instances, a worker and nginx on PostgreSQL, Redis and S3', () => {
  it('an image uploaded through one instance is served by the others', async () => {
    const before = await mediaCount()
    const created = await call(nginx.url, '/api/media', {
      method: 'POST',
      token: tokens.editor,
      body: await uploadForm('cluster-upload.png'),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Media }
    const writer = answeredBy(created)
    const reader = otherThan(writer)
    expect(await mediaCount()).toBe(before + 1)

    const direct = await call(reader.server.url, `/api/media/file/${doc.filename}`)
    expect(direct.status).toBe(200)
    expect(direct.headers.get('content-type')).toBe('image/webp')
    const stored = await sharp(Buffer.from(await direct.arrayBuffer())).metadata()
    expect({ format: stored.format, width: stored.width }).toEqual({ format: 'webp', width: 640 })

    // Through nginx, until each instance has answered once (the round robin alternates).
    const servedBy = new Set<string>()
    for (let copy = 0; copy < 6 && servedBy.size < instances.length; copy += 1) {
      const response = await call(nginx.url, `/api/media/file/${doc.filename}?copy=${copy}`)
      expect(response.status).toBe(200)
      await response.arrayBuffer()
      servedBy.add(answeredBy(response)?.name ?? '')
    }
    expect([...servedBy].sort()).toEqual([...NAMES])
  })

  it(`a reader's limit is counted across the instances: ${READS_PER_MINUTE} reads in all, then 429 from each`, async () => {
    const client = '203.0.113.50'
    const answers: { status: number; by?: string }[] = []
    for (let read = 0; read < READS_PER_MINUTE + 3; read += 1) {
      // A URL of its own each time: nginx's micro-cache must not answer for the instances.
      const response = await call(nginx.url, `/api/categories?limit=1&read=${read}`, { client })
      await response.arrayBuffer()
      answers.push({ status: response.status, by: answeredBy(response)?.name })
    }
    const allowed = answers.slice(0, READS_PER_MINUTE)
    const refused = answers.slice(READS_PER_MINUTE)
    expect(allowed.map(({ status }) => status)).toEqual(allowed.map(() => 200))
    // Each instance counting alone would have allowed three times as many.
    expect(new Set(allowed.map(({ by }) => by))).toEqual(new Set(NAMES))
    expect(refused.map(({ status }) => status)).toEqual([429, 429, 429])
    expect(new Set(refused.map(({ by }) => by))).toEqual(new Set(NAMES))
  })

  it("a publish through one instance drops the other's cached answers: it shows the document at once", async () => {
    const id = await approvedArticle()
    const listPath = `/api/articles?where[id][equals]=${id}&depth=0`
    const totalOn = async ({ server }: Instance) => {
      const response = await call(server.url, listPath)
      const { totalDocs } = (await response.json()) as { totalDocs: number }
      return { totalDocs, cache: response.headers.get('x-cache') }
    }
    for (const instance of instances) await totalOn(instance)
    // Past the settle time that follows any change, so each instance keeps its answer. A change
    // elsewhere in the cluster meanwhile (the worker's jobs) starts that time again: read until
    // every instance answers from its cache.
    await sleep(1_100)
    for (const instance of instances) {
      expect(await waitFor(async () => (await totalOn(instance)).cache === 'HIT', 10_000)).toBe(
        true,
      )
      expect(await totalOn(instance)).toEqual({ totalDocs: 0, cache: 'HIT' })
    }

    // Both instances listen for change messages. (Their database generation, read every 250 ms,
    // would also catch up: the message is what makes it "at once", so it is checked itself.)
    const [, listening] = (await redis.pubsub('NUMSUB', CHANGES_CHANNEL)) as [string, number]
    expect(listening).toBeGreaterThanOrEqual(instances.length)
    const listener = redis.duplicate()
    const messages: string[] = []
    listener.on('message', (_channel: string, message: string) => messages.push(message))
    await listener.subscribe(CHANGES_CHANNEL)
    try {
      const published = await publishThroughNginx(id)
      expect(published.status).toBe(200)
      const reader = otherThan(answeredBy(published))
      // The first read after the publish's answer, with no wait.
      expect((await totalOn(reader)).totalDocs).toBe(1)
      expect(await waitFor(() => messages.some((message) => message.includes(id)), 1_000)).toBe(
        true,
      )
    } finally {
      listener.disconnect()
    }
  })

  it('a workflow lock held through instance A makes instance B wait, and one of many conflicting publishes wins', async () => {
    const [a, b] = instances
    // A's publish is frozen (SIGSTOP) while it holds the lock in Redis: a stopped process cannot
    // answer, release or renew, exactly what B must wait out.
    let id = ''
    let isHeld = false
    let answerOfA: Promise<Response> | undefined
    for (let attempt = 0; attempt < 5 && !isHeld; attempt += 1) {
      id = await approvedArticle()
      answerOfA = call(a.server.url, `/api/workflow/articles/${id}`, {
        method: 'POST',
        token: tokens.reviewer,
        body: { action: 'publish' },
      })
      const isTaken = await waitFor(async () => (await redis.get(LOCK_KEY)) !== null, 5_000)
      a.server.child.kill('SIGSTOP')
      isHeld = isTaken && (await redis.get(LOCK_KEY)) !== null
      if (!isHeld) {
        // The publish was over before A stopped: let it finish and try again.
        a.server.child.kill('SIGCONT')
        await answerOfA
      }
    }
    expect(isHeld).toBe(true)
    const heldBy = await redis.get(LOCK_KEY)
    try {
      let isSettled = false
      const answerOfB = call(b.server.url, `/api/workflow/articles/${id}`, {
        method: 'POST',
        token: tokens.reviewer,
        body: { action: 'publish' },
      })
      void answerOfB.finally(() => (isSettled = true))
      await sleep(1_500)
      expect(isSettled).toBe(false)
      expect(await redis.get(LOCK_KEY)).toBe(heldBy)

      a.server.child.kill('SIGCONT')
      expect((await answerOfA!).status).toBe(200)
      // B went on once A let go, and found the document published already.
      expect((await answerOfB).status).toBe(409)
    } finally {
      a.server.child.kill('SIGCONT')
    }
    const publishes = (await historyOf(payload, 'articles', id)).filter(
      ({ action }) => action === 'publish',
    )
    expect(publishes).toHaveLength(1)

    // Fifty publishes of one document at once, spread over the three instances by nginx.
    const contested = await approvedArticle()
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => publishThroughNginx(contested)),
    )
    const statuses = answers.map(({ status }) => status).sort()
    expect(statuses).toEqual([200, ...Array.from({ length: 49 }, () => 409)])
    expect(new Set(answers.map((answer) => answeredBy(answer)?.name))).toEqual(new Set(NAMES))
    // The history has the one that won, and nothing of the 49 refused.
    expect(
      (await historyOf(payload, 'articles', contested)).filter(
        ({ action }) => action === 'publish',
      ),
    ).toHaveLength(1)
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('a webhook delivery is queued by an instance and sent once, by the worker', async () => {
    receiver = await startReceiver()
    const webhook = await payload.create({
      collection: 'webhooks',
      data: {
        name: 'cluster',
        url: receiver.url,
        events: ['publish'],
        collections: ['articles'],
      } as never,
      overrideAccess: true,
    })
    const pendingDeliveries = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: WEBHOOK_TASK }, completedAt: { exists: false } },
          overrideAccess: true,
        })
      ).totalDocs

    // With the worker frozen, nothing else may send it: the instances only queue.
    worker!.kill('SIGSTOP')
    const id = await approvedArticle()
    try {
      expect((await publishThroughNginx(id)).status).toBe(200)
      await sleep(3_000)
      expect(receiver.received).toHaveLength(0)
      expect(await pendingDeliveries()).toBe(1)
    } finally {
      worker!.kill('SIGCONT')
    }
    expect(await waitFor(() => receiver!.received.length > 0, 20_000)).toBe(true)
    // Several more runs of the worker's queue: none sends it again.
    await sleep(3_000)
    expect(receiver.received).toHaveLength(1)
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({ event: 'publish' })
    expect(receiver.received[0].body).toContain(id)
    expect(await pendingDeliveries()).toBe(0)
    expect(await deliveriesOf(payload, webhook.id)).toHaveLength(1)
  })

  it('a publish scheduled a few seconds ahead happens once: one history record, one webhook delivery', async () => {
    const id = await approvedArticle()
    const publishAt = new Date(Date.now() + 4_000).toISOString()
    const scheduled = await call(nginx.url, `/api/workflow/articles/${id}`, {
      method: 'POST',
      token: tokens.reviewer,
      body: { action: 'publish', publishAt },
    })
    expect(scheduled.status).toBe(200)
    expect(await stateOf(payload, 'articles', id)).toMatchObject({ workflowStage: 'approved' })

    // The instances run jobs every second if they wrongly run any: only the worker may publish it.
    const isPublished = async () =>
      (await stateOf(payload, 'articles', id)).workflowStage === 'published'
    expect(await waitFor(isPublished, 30_000)).toBe(true)
    const deliveriesFor = () =>
      receiver!.received.filter(
        ({ body }) => body.includes(id) && JSON.parse(body).event === 'publish',
      )
    expect(await waitFor(() => deliveriesFor().length > 0, 20_000)).toBe(true)
    // Several more runs of the worker's queue and of the instances' cron: nothing happens again.
    await sleep(3_000)
    const published = (await historyOf(payload, 'articles', id)).filter(
      ({ toStage }) => toStage === 'published',
    )
    expect(published).toHaveLength(1)
    expect(published[0]).toMatchObject({ action: 'publish', fromStage: 'approved', actor: null })
    expect(deliveriesFor()).toHaveLength(1)
    for (const { server } of instances) {
      expect((await call(server.url, `/api/articles/${id}`)).status).toBe(200)
    }
  })

  it('readers through nginx: load figures, and no request lost when instance A is killed mid-run', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, () =>
        documentInStage(payload, 'articles', { stage: 'published', author: staff.editor.id }),
      ),
    )
    const pages = [
      ...ids.map((id) => `/api/articles/${id}?depth=0`),
      '/api/articles?limit=10&depth=0',
      '/api/articles?limit=5&page=2&depth=0',
      '/api/categories?limit=20',
      '/api/events?limit=10&depth=0',
    ]
    let served = 0
    /** Readers across `pages`; `unique` gives every request a URL of its own (past nginx's cache). */
    const readers = (seconds: number, unique: boolean, onAnswer?: (by?: string) => void) =>
      autocannon({
        url: nginx.url,
        connections: 8,
        duration: seconds,
        headers: { 'accept-encoding': 'gzip' },
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              served += 1
              const page = pages[served % pages.length]
              return {
                ...request,
                path: unique ? `${page}${page.includes('?') ? '&' : '?'}n=${served}` : page,
                headers: { ...request.headers, 'x-forwarded-for': nextClient() },
              }
            },
            onResponse: (_status, _body, _context, headers) => {
              const upstream = Object.entries((headers ?? {}) as Record<string, string>).find(
                ([name]) => name.toLowerCase() === 'x-upstream',
              )?.[1]
              onAnswer?.(
                instanceByPort(upstream?.split(',').pop()?.trim().replace(/^.*:/, ''))?.name,
              )
            },
          },
        ],
      })
    const figures = (result: autocannon.Result) => ({
      reqPerSec: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      // Each status's count, so that a failure says which answers they were.
      statuses: Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]),
      ),
    })

    const [a] = instances
    let isKilled = false
    /**
     * Time to consistency of one publish: from its answer until every running instance lists the
     * article, read directly (past nginx's cache) on a list each instance answered before the
     * publish (so it may hold it in its delivery cache). A read that shows it proves that instance
     * consistent when the read was sent, so its sending time counts, not the loaded machine's
     * delay in answering it.
     */
    const consistency: number[] = []
    const listOf = (id: string) => `/api/articles?where[id][equals]=${id}&depth=0`
    const listedOn = (instance: Instance, id: string) =>
      call(instance.server.url, listOf(id))
        .then(async (response) => ((await response.json()) as { totalDocs?: number }).totalDocs)
        .catch(() => undefined)
    const timeToConsistency = async (id: string, answeredAt: number) => {
      // Every instance polled at once, each until it lists the article (a killed one is left out).
      const shownAfter = await Promise.all(
        instances.map(async (instance) => {
          for (;;) {
            if (isKilled && instance === a) return 0
            const sentAt = Date.now()
            if ((await listedOn(instance, id)) === 1) return Math.max(0, sentAt - answeredAt)
            if (sentAt - answeredAt > 10_000) return Infinity
            await sleep(20)
          }
        }),
      )
      return Math.max(...shownAfter)
    }
    const approved = await Promise.all(Array.from({ length: 40 }, () => approvedArticle()))
    const uploads: number[] = []
    /**
     * While readers run: a reviewer publishes one approved article after another through nginx,
     * checking each one's time to consistency, and an editor uploads one image after another.
     */
    const writers = () => {
      let isRunning = true
      const publisher = (async () => {
        while (isRunning && approved.length > 0) {
          const id = approved.shift()!
          await Promise.all(
            instances
              .filter((instance) => !(isKilled && instance === a))
              .map((instance) => listedOn(instance, id)),
          )
          const response = await publishThroughNginx(id).catch(() => undefined)
          const answeredAt = Date.now()
          publishedUnderLoad.push({ id, status: response?.status ?? 0 })
          if (response?.status === 200) consistency.push(await timeToConsistency(id, answeredAt))
          await sleep(100)
        }
      })()
      const uploader = (async () => {
        for (let upload = uploads.length; isRunning; upload += 1) {
          const response = await call(nginx.url, '/api/media', {
            method: 'POST',
            token: tokens.editor,
            body: await uploadForm(`under-load-${upload}.png`),
          }).catch(() => undefined)
          await response?.arrayBuffer()
          uploads.push(response?.status ?? 0)
          await sleep(250)
        }
      })()
      return async () => {
        isRunning = false
        await Promise.all([publisher, uploader])
      }
    }

    // Every URL new (past nginx's and the instances' caches) with editors and reviewers writing,
    // then a few URLs read over and over.
    const stopWriters = writers()
    const uniqueUrls = figures(await readers(8, true))
    await stopWriters()
    const repeatedUrls = figures(await readers(8, false))
    expect([uniqueUrls, repeatedUrls]).toMatchObject([
      { errors: 0, timeouts: 0, non2xx: 0 },
      { errors: 0, timeouts: 0, non2xx: 0 },
    ])
    // Nothing was killed yet: every write was accepted.
    const before = {
      publishes: publishedUnderLoad.map(({ status }) => status),
      uploads: [...uploads],
    }
    expect(before.publishes.length).toBeGreaterThan(0)
    expect(before).toEqual({
      publishes: before.publishes.map(() => 200),
      uploads: before.uploads.map(() => 201),
    })

    // Instance A is killed 3 s into the next run.
    const after: (string | undefined)[] = []
    const run = readers(10, true, (by) => isKilled && after.push(by))
    const stopWritersAgain = writers()
    await sleep(3_000)
    a.server.child.kill('SIGKILL')
    await a.server.exited
    isKilled = true
    const failover = figures(await run)
    await stopWritersAgain()
    expect(failover).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 })
    expect(after.length).toBeGreaterThan(0)
    expect(new Set(after)).toEqual(new Set(['B', 'C']))
    // A publish A had taken when it died gets nginx's 502 (a POST is never sent twice); every
    // other one is answered, by A before the kill or by B and C after it. The same for uploads.
    const statuses = publishedUnderLoad.map(({ status }) => status)
    expect(statuses.filter((status) => status !== 200).length).toBeLessThanOrEqual(1)
    expect(statuses.filter((status) => status !== 200 && status !== 502)).toEqual([])
    expect(statuses).toContain(200)
    expect(uploads.filter((status) => status !== 201).length).toBeLessThanOrEqual(1)
    expect(uploads.filter((status) => status !== 201 && status !== 502)).toEqual([])
    expect(uploads).toContain(201)
    // Every instance shows each publish within a second of its answer.
    expect(consistency.length).toBeGreaterThan(0)
    expect(Math.max(...consistency)).toBeLessThanOrEqual(1_000)

    const sorted = [...consistency].sort((x, y) => x - y)
    const report = {
      uniqueUrls,
      repeatedUrls,
      failover,
      publishesUnderLoad: statuses,
      uploadsUnderLoad: uploads,
      consistencyMs: {
        publishes: sorted.length,
        p50: sorted[Math.floor((sorted.length - 1) / 2)],
        max: sorted.at(-1),
      },
    }
    const dir = path.join(projectRoot, 'test-results')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'cluster-load.json'), `${JSON.stringify(report, null, 2)}\n`)
    console.info(`cluster readers through nginx: ${JSON.stringify(report)}`)
  })

  it('the killed instance restarts: every publish answered during the kill shows on every instance', async () => {
    const [a] = instances
    a.server = await startServer(
      { mode: 'production', port: a.server.port, env: instanceEnv },
      180_000,
    )
    const seenOn = async (id: string) =>
      Promise.all(
        instances.map(async ({ server }) => (await call(server.url, `/api/articles/${id}`)).status),
      )
    for (const { id, status } of publishedUnderLoad) {
      const answers = await seenOn(id)
      if (status === 200) expect({ id, answers }).toEqual({ id, answers: [200, 200, 200] })
      // Cut off by the kill: published entirely (completed at A's restart) or not at all.
      else expect({ id, agree: new Set(answers).size === 1 }).toEqual({ id, agree: true })
    }
    // nginx sends readers to the restarted instance again.
    const servedBy = new Set<string>()
    for (let read = 0; read < 9 && servedBy.size < instances.length; read += 1) {
      const response = await call(nginx.url, `/api/categories?limit=1&after-restart=${read}`)
      expect(response.status).toBe(200)
      await response.arrayBuffer()
      servedBy.add(answeredBy(response)?.name ?? '')
    }
    expect([...servedBy].sort()).toEqual([...NAMES])
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('with the object store stopped an upload answers 503 and leaves no media row (PostgreSQL)', async () => {
    const before = await mediaCount()
    await s3.stop()
    const response = await call(nginx.url, '/api/media', {
      method: 'POST',
      token: tokens.editor,
      body: await uploadForm('store-stopped.png'),
    })
    expect(response.status).toBe(503)
    expect(await mediaCount()).toBe(before)
    const { totalDocs } = await payload.count({
      collection: 'media',
      where: { filename: { like: 'store-stopped' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('npm run audit:verify, run as an operator would against the cluster database, finds the chain intact', async () => {
    const { code, output } = await new Promise<{ code: null | number; output: string }>(
      (resolve) => {
        const child = spawn(process.execPath, ['scripts/run.mjs', 'scripts/audit-verify.ts'], {
          cwd: projectRoot,
          // The instances' configuration, so the command sees the schema they use.
          env: serverEnv('production', { ...instanceEnv, LOG_LEVEL: 'error' }),
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let text = ''
        child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
        child.on('exit', (exitCode) => resolve({ code: exitCode, output: text }))
      },
    )
    expect({ code, output }).toMatchObject({ code: 0 })
  })
})
