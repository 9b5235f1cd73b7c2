import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { DELIVERY_TIMEOUT_MS } from '@/delivery/webhooks/constants'

import type { ApiClient } from '../helpers/http'
import { createApiClient } from '../helpers/http'
import { startTestPayload } from '../helpers/payload'
import type { Staff } from '../helpers/users'
import { createStaffSet, TEST_PASSWORD } from '../helpers/users'
import { documentInStage, stateOf } from '../helpers/workflow'
import { deliveriesOf, runDueJobs } from '../helpers/jobs'

/** A receiver on loopback that answers 500 to everything, or never answers at all. */
const startReceiver = async (behaviour: 'hang' | 'fail') => {
  let received = 0
  const server: Server = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      received += 1
      if (behaviour === 'fail') response.writeHead(500).end('broken')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    received: () => received,
    url: `http://127.0.0.1:${port}/hook`,
    close: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}

let payload: Payload
let api: ApiClient
let staff: Staff
let reviewerToken: string
const receivers: { close: () => void }[] = []

beforeAll(async () => {
  ;({ payload } = await startTestPayload(import.meta.url, {
    WEBHOOK_RETRY_DELAY_MS: '0',
    // The receivers are on loopback, which deliveries refuse unless allowed.
    WEBHOOK_ALLOW_PRIVATE: 'true',
  }))
  api = createApiClient(payload.config)
  staff = await createStaffSet(payload)
  reviewerToken = await api.login(staff.reviewer.email, TEST_PASSWORD)
})

afterAll(async () => {
  for (const receiver of receivers) receiver.close()
  await payload?.destroy()
})

const pendingJobs = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
  ).totalDocs

const publish = async (id: string) => {
  const started = Date.now()
  const response = await api.post(`/workflow/articles/${id}`, {
    token: reviewerToken,
    body: { action: 'publish' },
  })
  return { status: response.status, ms: Date.now() - started }
}

describe('a webhook receiver that hangs or fails forever', () => {
  it('times out each attempt, retries a bounded number of times, and never holds up a publish', async () => {
    const hanging = await startReceiver('hang')
    const failing = await startReceiver('fail')
    receivers.push(hanging, failing)
    const hooks = await Promise.all(
      [hanging, failing].map(({ url }) =>
        payload.create({
          collection: 'webhooks',
          data: { name: 'broken', url, events: ['publish'], collections: ['articles'] } as never,
          overrideAccess: true,
        }),
      ),
    )
    const approved = () =>
      documentInStage(payload, 'articles', {
        stage: 'approved',
        author: staff.editor.id,
        submitter: staff.editor.id,
      })

    const first = await approved()
    const published = await publish(first)
    expect(published.status).toBe(200)
    expect(published.ms).toBeLessThan(3000)

    // While the queue is stuck on the hanging receiver, another publish answers as fast.
    const queueRun = runDueJobs(payload)
    const second = await approved()
    const meanwhile = await publish(second)
    expect(meanwhile).toMatchObject({ status: 200 })
    expect(meanwhile.ms).toBeLessThan(3000)
    await queueRun

    // Run the queue until nothing is left to retry: it must end, in a bounded number of runs.
    let runs = 1
    while ((await pendingJobs()) > 0 && runs < 20) {
      await runDueJobs(payload)
      runs += 1
    }
    expect(await pendingJobs()).toBe(0)

    const [hangingLog, failingLog] = await Promise.all(
      hooks.map(({ id }) => deliveriesOf(payload, id)),
    )
    // Two publishes, each delivered to both receivers: 1 attempt + at most 5 retries each.
    for (const log of [hangingLog, failingLog]) {
      expect(log.length).toBeGreaterThanOrEqual(4)
      expect(log.length).toBeLessThanOrEqual(12)
    }
    for (const attempt of hangingLog) {
      expect(attempt.error).toMatch(/TimeoutError|aborted/i)
      expect(attempt.durationMs).toBeGreaterThanOrEqual(DELIVERY_TIMEOUT_MS - 100)
      expect(attempt.durationMs).toBeLessThan(DELIVERY_TIMEOUT_MS + 2000)
    }
    for (const attempt of failingLog) expect(attempt).toMatchObject({ statusCode: 500 })
    expect(failing.received()).toBe(failingLog.length)

    // Gave up for good: another run sends nothing more.
    const before = failing.received()
    await runDueJobs(payload)
    expect(failing.received()).toBe(before)

    // The publishes themselves are whole.
    for (const id of [first, second]) {
      expect(await stateOf(payload, 'articles', id)).toEqual({
        workflowStage: 'published',
        _status: 'published',
        isLive: true,
      })
    }
  })
})
