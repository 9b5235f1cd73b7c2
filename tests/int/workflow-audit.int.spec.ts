import { spawn } from 'node:child_process'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { WorkflowEvent } from '@/payload-types'
import { verifyAuditChain } from '@/workflow/audit/verify'

import type { ApiClient } from '../helpers/http'
import { projectRoot, serverEnv } from '../helpers/server'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { documentInStage, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let databaseUri: string
let tokens: StaffTokens

const allEvents = async (): Promise<WorkflowEvent[]> =>
  (
    await payload.find({
      collection: 'workflow-events',
      sort: 'sequence',
      pagination: false,
      depth: 0,
    })
  ).docs

/** A few documents through a few transitions: a history to check. */
const makeHistory = async () => {
  for (let i = 0; i < 3; i += 1) {
    const id = await documentInStage(payload, 'events', { stage: 'draft', author: staff.editor.id })
    await transition(api, 'events', id, { action: 'submit' }, tokens.editor)
    await transition(api, 'events', id, { action: 'approve' }, tokens.reviewer)
    await transition(api, 'events', id, { action: 'publish' }, tokens.reviewer)
  }
}

/** `npm run audit:verify` against this file's database, as an operator would run it. */
const runAuditVerify = () =>
  new Promise<{ code: null | number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'scripts/audit-verify.ts'], {
      cwd: projectRoot,
      env: serverEnv(undefined, { DATABASE_URI: databaseUri, LOG_LEVEL: 'error' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(async () => {
  ;({ payload, databaseUri, api, staff, tokens } = suite)
  await makeHistory()
})

describe('the history is append-only', () => {
  it('staff read every document’s history; anonymous clients read none', async () => {
    const asEditor = await api.get('/workflow-events?limit=100', { token: tokens.otherEditor })
    expect(asEditor.status).toBe(200)
    const { totalDocs } = (await asEditor.json()) as { totalDocs: number }
    expect(totalDocs).toBe((await allEvents()).length)
    expect((await api.get('/workflow-events')).status).toBe(403)
    const gql = await api.graphql('{ WorkflowEvents { docs { id } } }')
    expect(JSON.stringify(await gql.json())).toContain('errors')
  })

  it('nobody, admins included, creates, changes or deletes a record over REST', async () => {
    const [record] = await allEvents()
    const body = { ...record, comment: '伪造' }
    const attempts = [
      api.post('/workflow-events', { token: tokens.admin, body }),
      api.patch(`/workflow-events/${record.id}`, {
        token: tokens.admin,
        body: { comment: '伪造' },
      }),
      api.patch(`/workflow-events?where[id][equals]=${record.id}`, {
        token: tokens.admin,
        body: { comment: '伪造' },
      }),
      api.delete(`/workflow-events/${record.id}`, { token: tokens.admin }),
      api.delete(`/workflow-events?where[id][equals]=${record.id}`, { token: tokens.admin }),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBeGreaterThanOrEqual(400)
    }
    expect(await allEvents()).toContainEqual(record)
  })

  it('nor through GraphQL', async () => {
    const [record] = await allEvents()
    const mutations = [
      `mutation { updateWorkflowEvent(id: "${record.id}", data: { comment: "伪造" }) { id } }`,
      `mutation { deleteWorkflowEvent(id: "${record.id}") { id } }`,
      `mutation { createWorkflowEvent(data: { sequence: 999, documentCollection: events, documentId: "x", revision: 1, revisionKey: "x", action: approve, toStage: approved, occurredAt: "2025-01-01T00:00:00.000Z", prevHash: "0", hash: "0" }) { id } }`,
    ]
    for (const query of mutations) {
      const response = await api.graphql(query, { token: tokens.admin })
      const json = (await response.json()) as { errors?: unknown[] }
      expect(json.errors?.length).toBeGreaterThan(0)
    }
    expect(await allEvents()).toContainEqual(record)
  })

  it('nor through the Local API, even with access control off', async () => {
    const [record] = await allEvents()
    await expect(
      payload.update({ collection: 'workflow-events', id: record.id, data: { comment: '伪造' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'workflow-events', id: record.id }),
    ).rejects.toMatchObject({
      status: 403,
    })
    await expect(
      payload.delete({ collection: 'workflow-events', where: { id: { equals: record.id } } }),
    ).rejects.toMatchObject({ status: 403 })
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = record
    await expect(
      payload.create({
        collection: 'workflow-events',
        data: { ...copy, sequence: 10_000, revisionKey: 'forged' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await allEvents()).toContainEqual(record)
  })
})

describe('the hash chain', () => {
  it('verifies a clean history', async () => {
    const report = await verifyAuditChain(payload)
    expect(report).toEqual({ ok: true, records: (await allEvents()).length })
    expect(report.records).toBeGreaterThanOrEqual(9)
  })

  it('finds a record altered directly in the database, and audit:verify names it', async () => {
    const events = await allEvents()
    const target = events[4]
    // Straight to the database: no hooks, as someone with database access would.
    await payload.db.updateOne({
      collection: 'workflow-events',
      id: target.id,
      data: { comment: '事后篡改' },
    })
    const report = await verifyAuditChain(payload)
    expect(report).toMatchObject({ ok: false, first: { id: target.id, sequence: target.sequence } })

    // As an operator runs it (`npm run audit:verify`), in a process of its own.
    const cli = await runAuditVerify()
    expect(cli.output).toContain(
      `audit chain broken at record #${target.sequence} (id ${target.id})`,
    )
    expect(cli.code).toBe(1)

    await payload.db.updateOne({
      collection: 'workflow-events',
      id: target.id,
      data: { comment: target.comment ?? null },
    })
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  it('finds a record deleted from the middle or the end of the history', async () => {
    const events = await allEvents()
    const middle = events[2]
    await payload.db.deleteOne({
      collection: 'workflow-events',
      where: { id: { equals: middle.id } },
    })
    expect(await verifyAuditChain(payload)).toMatchObject({
      ok: false,
      first: { id: events[3].id, sequence: events[3].sequence },
    })

    // Put it back (as it was, straight into the database) and remove the newest record instead.
    const { id: _id, ...data } = middle
    await payload.db.create({ collection: 'workflow-events', data })
    const last = events.at(-1) as WorkflowEvent
    await payload.db.deleteOne({
      collection: 'workflow-events',
      where: { id: { equals: last.id } },
    })
    const report = await verifyAuditChain(payload)
    expect(report).toMatchObject({ ok: false, first: { id: last.documentId } })
  })
})
