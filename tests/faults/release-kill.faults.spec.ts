import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, SanitizedConfig } from 'payload'

import { verifyAuditChain } from '@/workflow/audit/verify'

import { testDatabaseKind } from '../helpers/database'
import { createApiClient } from '../helpers/http'
import { ensureNextBuild } from '../helpers/nextBuild'
import { startTestPayload } from '../helpers/payload'
import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'
import type { ServerProcess } from '../helpers/server'
import { startServer } from '../helpers/server'
import type { Staff, StaffTokens } from '../helpers/users'
import { createStaffSet, loginStaff } from '../helpers/users'
import { documentInStage, transition } from '../helpers/workflow'

/** Items per release: enough that publishing one takes a while to kill into. */
const ITEMS = 60

let payload: Payload
let config: SanitizedConfig
let databaseUri: string
let staff: Staff
let tokens: StaffTokens
let receiver: Receiver
let server: ServerProcess | undefined

const isSqlite = testDatabaseKind() === 'sqlite'
/** SQLite's rollback journal: present while a write transaction is open, left behind by a kill. */
const journal = () => `${fileURLToPath(databaseUri.replace(/^file:/, 'file://'))}-journal`

beforeAll(async () => {
  // The schema is pushed by this Payload; the production servers below only migrate nothing.
  // The receiver listens on loopback, which webhooks refuse unless allowed.
  ;({ payload, config, databaseUri } = await startTestPayload(import.meta.url, {
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_RETRY_DELAY_MS: '0',
  }))
  staff = await createStaffSet(payload)
  tokens = await loginStaff(createApiClient(config), staff)
  receiver = await startReceiver()
  // Per-document events too: a release's items must not produce any.
  await payload.create({
    collection: 'webhooks',
    data: {
      name: 'release receiver',
      url: receiver.url,
      events: ['release.published', 'publish', 'unpublish'],
    } as never,
    overrideAccess: true,
  })
  await ensureNextBuild()
}, 600_000)

afterAll(async () => {
  await server?.stop()
  receiver?.close()
  await payload?.destroy()
})

const startProduction = () =>
  startServer({
    mode: 'production',
    env: {
      DATABASE_URI: databaseUri,
      LOG_LEVEL: 'warn',
      // The receiver listens on loopback.
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAY_MS: '0',
    },
  })

let releaseCount = 0

/** A release of ITEMS draft events, submitted by an editor and approved by a reviewer. */
const approvedRelease = async (): Promise<{ id: string; items: string[] }> => {
  const items: string[] = []
  for (let n = 0; n < ITEMS; n += 1) {
    items.push(
      await documentInStage(payload, 'events', { stage: 'draft', author: staff.editor.id }),
    )
  }
  releaseCount += 1
  const release = await payload.create({
    collection: 'releases',
    data: {
      title: `第${releaseCount}批`,
      items: items.map((value) => ({ relationTo: 'events', value })),
    } as never,
    user: staff.editor,
    overrideAccess: false,
  })
  const id = String(release.id)
  const api = createApiClient(config)
  expect((await transition(api, 'releases', id, { action: 'submit' }, tokens.editor)).status).toBe(
    200,
  )
  expect(
    (await transition(api, 'releases', id, { action: 'approve' }, tokens.reviewer)).status,
  ).toBe(200)
  return { id, items }
}

const publishOver = (running: ServerProcess, id: string) =>
  fetch(`${running.url}/api/workflow/releases/${id}`, {
    method: 'POST',
    headers: { Authorization: `JWT ${tokens.reviewer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'publish' }),
  })

const kill = async (running: ServerProcess) => {
  running.child.kill('SIGKILL')
  await running.exited
}

type Delivery = { event: string; release?: { id: string }; items?: unknown[]; id?: string }

/** Every request the receiver got that concerns this release or one of its items. */
const sentFor = (release: { id: string; items: string[] }) =>
  receiver.received
    .map(({ body }) => ({ body, delivery: JSON.parse(body) as Delivery }))
    .filter(
      ({ delivery }) =>
        delivery.release?.id === release.id || release.items.includes(String(delivery.id)),
    )

/**
 * The deliveries this release caused. Webhooks are delivered at least once (docs/reliability.md):
 * a kill after a delivery left but before its job was marked done sends the same body again (same
 * event, release and `occurredAt`), which a receiver counts once; so does this.
 */
const deliveriesFor = (release: { id: string; items: string[] }) => [
  ...new Map(sentFor(release).map(({ body, delivery }) => [body, delivery])).values(),
]

/** Runs the (restarted) server's jobs queue now, as an admin may, instead of waiting a minute. */
const runQueue = async (running: ServerProcess) => {
  let ran = 0
  for (let attempt = 0; attempt < 6 && ran < 2; attempt += 1) {
    const response = await fetch(`${running.url}/api/payload-jobs/run?queue=default`, {
      headers: { Authorization: `JWT ${tokens.admin}` },
    })
    // A run that met the database busy (the server's own cron at the same moment) is repeated.
    if (response.status === 200) ran += 1
  }
  expect(ran).toBe(2)
  // A second delivery, if one were owed, would have left by now.
  await new Promise((resolve) => setTimeout(resolve, 500))
}

type Outcome = 'published' | 'not published'

/**
 * The whole of a release's publish as every reader sees it, after the restart: the release, every
 * item's working copy and live version, the history, what an anonymous REST list answers, and the
 * webhook deliveries once the queue has run. Throws unless all of them say the same: everything
 * published with one `release.published` delivery, or nothing.
 */
const outcomeOf = async (
  release: { id: string; items: string[] },
  running: ServerProcess,
): Promise<Outcome> => {
  const ids = release.items
  const releaseDoc = await payload.findByID({ collection: 'releases', id: release.id, draft: true })
  const working = await payload.find({
    collection: 'events',
    where: { id: { in: ids } },
    draft: true,
    pagination: false,
    depth: 0,
  })
  const live = await payload.count({
    collection: 'events',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
  })
  const itemRecords = await payload.count({
    collection: 'workflow-events',
    where: { and: [{ release: { equals: release.id } }, { action: { equals: 'publish' } }] },
  })
  const releaseRecords = await payload.count({
    collection: 'workflow-events',
    where: {
      and: [{ documentId: { equals: release.id } }, { action: { equals: 'publish' } }],
    },
  })
  const query = ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')
  const anonymous = (await (
    await fetch(`${running.url}/api/events?${query}&limit=${ids.length}&depth=0`)
  ).json()) as { totalDocs: number }
  await runQueue(running)
  const deliveries = deliveriesFor(release)
  const facts = {
    release: { workflowStage: releaseDoc.workflowStage, _status: releaseDoc._status },
    itemStages: [...new Set(working.docs.map((doc) => doc.workflowStage))],
    liveItems: live.totalDocs,
    itemRecords: itemRecords.totalDocs,
    releaseRecords: releaseRecords.totalDocs,
    anonymouslyListed: anonymous.totalDocs,
    deliveries: deliveries.map(({ event, items }) => ({ event, items: items?.length })),
  }
  if (facts.release.workflowStage === 'published' || facts.liveItems > 0) {
    expect(facts).toEqual({
      release: { workflowStage: 'published', _status: 'published' },
      itemStages: ['published'],
      liveItems: ITEMS,
      itemRecords: ITEMS,
      releaseRecords: 1,
      anonymouslyListed: ITEMS,
      deliveries: [{ event: 'release.published', items: ITEMS }],
    })
    return 'published'
  }
  expect(facts).toEqual({
    release: { workflowStage: 'approved', _status: 'draft' },
    itemStages: ['draft'],
    liveItems: 0,
    itemRecords: 0,
    releaseRecords: 0,
    anonymouslyListed: 0,
    deliveries: [],
  })
  return 'not published'
}

/** Polls (as another process would) until the release's transaction has written to the file. */
const waitForJournal = async (timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (existsSync(journal())) return true
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  return false
}

describe('the server is killed while publishing a release', () => {
  it('after a restart a release is either all published, with its one release.published webhook, or not at all (SIGKILL at spread-out moments)', async () => {
    // Prepared while no server runs: set-up writes never wait for the server's lock.
    const calibration = await approvedRelease()
    const iterations = 4
    const releases: { id: string; items: string[] }[] = []
    for (let i = 0; i < iterations; i += 1) releases.push(await approvedRelease())
    server = await startProduction()
    // How long a publish of ITEMS items takes here: the kills are spread over that window.
    const started = Date.now()
    expect((await publishOver(server, calibration.id)).status).toBe(200)
    const window = Date.now() - started
    expect(await outcomeOf(calibration, server)).toBe('published')

    const outcomes: Outcome[] = []
    let unanswered = 0
    for (const [i, release] of releases.entries()) {
      const delay = Math.round((window * 1.2 * i) / (iterations - 1) + Math.random() * 5)
      const request = publishOver(server, release.id).catch(() => null)
      await new Promise((resolve) => setTimeout(resolve, delay))
      await kill(server)
      if ((await request) === null) unanswered += 1
      server = await startProduction()
      outcomes.push(await outcomeOf(release, server))
    }
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
    expect(unanswered).toBeGreaterThan(0)
    console.info(
      `release of ${ITEMS} published in ${window} ms; killed over 0-${Math.round(window * 1.2)} ms: ${outcomes.join(', ')}; unanswered: ${unanswered}`,
    )
  }, 900_000)

  it(`a kill in the middle of the release's transaction leaves none of it live${isSqlite ? ' (SQLite: the journal left behind is rolled back at the next open)' : ''}`, async () => {
    await server?.stop()
    const releases: { id: string; items: string[] }[] = []
    for (let attempt = 0; attempt < 3; attempt += 1) releases.push(await approvedRelease())
    server = await startProduction()
    const caught: string[] = []
    // The transaction begins, then writes item after item: a kill a moment after its first write
    // lands in the middle of it. One that comes too late (committed) is tried again.
    for (const release of releases) {
      const request = publishOver(server, release.id).catch(() => null)
      if (isSqlite) {
        expect(await waitForJournal(60_000)).toBe(true)
        await new Promise((resolve) => setTimeout(resolve, 150))
      } else {
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      await kill(server)
      const answer = await request
      const isMidTransaction = isSqlite ? existsSync(journal()) : answer === null
      caught.push(isMidTransaction ? 'mid-transaction' : `late (${answer?.status ?? 'no answer'})`)
      server = await startProduction()
      const outcome = await outcomeOf(release, server)
      if (!isMidTransaction) continue
      expect(outcome).toBe('not published')
      // The next start took the transaction back: no journal remains.
      if (isSqlite) expect(existsSync(journal())).toBe(false)
      break
    }
    console.info(`kill during the release's transaction: ${caught.join(', ')}`)
    expect(caught).toContain('mid-transaction')
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  }, 900_000)

  it('a kill right after the publish was committed, before its webhook left: the restarted server delivers it once', async () => {
    await server?.stop()
    const release = await approvedRelease()
    server = await startProduction()
    const answer = await publishOver(server, release.id)
    await kill(server)
    expect(answer.status).toBe(200)
    // Deliveries leave from the jobs queue, which had not run: nothing was sent before the kill.
    expect(deliveriesFor(release)).toEqual([])
    server = await startProduction()
    expect(await outcomeOf(release, server)).toBe('published')
    // Nothing had left before the kill, so nothing was sent twice either.
    expect(sentFor(release)).toHaveLength(1)
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  }, 900_000)
})
