/**
 * The compliance lists as two server processes share them: two production servers (real OS
 * processes, `npm start`'s bundle) on one database, the way a site runs behind a load balancer.
 * An admin's change on one is applied by the other at its next check, without a restart or a
 * message between them (src/compliance/rules.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Finding } from '@/compliance/scan/document'

import { ensureNextBuild } from '../helpers/nextBuild'
import type { ServerProcess } from '../helpers/server'
import { startServer } from '../helpers/server'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD } from '../helpers/users'

/** How long the other process may take to apply a change to the lists. */
const WITHIN_MS = 1000

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

let serverA: ServerProcess
let serverB: ServerProcess

beforeAll(async () => {
  await ensureNextBuild()
  // The schema was pushed by the suite's Payload; production servers migrate nothing.
  const env = { DATABASE_URI: suite.databaseUri, LOG_LEVEL: 'warn' }
  ;[serverA, serverB] = await Promise.all([
    startServer({ mode: 'production', env }, 120_000),
    startServer({ mode: 'production', env }, 120_000),
  ])
}, 600_000)

afterAll(async () => {
  await Promise.all([serverA?.stop(), serverB?.stop()])
})

type Answer = { status: number; body: Record<string, unknown> }

const call = async (
  server: ServerProcess,
  method: 'GET' | 'PATCH' | 'POST',
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<Answer> => {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const login = async (server: ServerProcess, email: string) => {
  const answer = await call(server, 'POST', '/users/login', {
    body: { email, password: TEST_PASSWORD },
  })
  expect(answer.status).toBe(200)
  return answer.body.token as string
}

/**
 * Asks `server` to check the document until `isDone` holds for its answer, polling for at most
 * WITHIN_MS after `since` (at least once, however slow the machine); the last answer either way.
 */
const checkUntil = async (
  server: ServerProcess,
  token: string,
  id: string,
  since: number,
  isDone: (check: { isBlocked: boolean; findings: Finding[] }) => boolean,
) => {
  let check: { isBlocked: boolean; findings: Finding[] }
  do {
    const answer = await call(server, 'POST', '/compliance/check', {
      token,
      body: { collection: 'articles', id },
    })
    expect(answer.status).toBe(200)
    check = answer.body as typeof check
    if (isDone(check)) break
  } while (Date.now() - since < WITHIN_MS)
  return check
}

describe('compliance lists across two server processes', () => {
  it('a block rule an admin adds on one process refuses a submit on the other within a second; disabling it there lets the submit through', async () => {
    expect(serverA.child.pid).not.toBe(serverB.child.pid)
    const adminOnA = await login(serverA, suite.staff.admin.email)
    const editorOnB = await login(serverB, suite.staff.editor.email)

    const created = await call(serverB, 'POST', '/articles', {
      token: editorOnB,
      body: {
        title: '两个进程的合规测试',
        content: {
          root: {
            type: 'root',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            children: [
              {
                type: 'paragraph',
                direction: 'ltr',
                format: '',
                indent: 0,
                version: 1,
                textFormat: 0,
                textStyle: '',
                children: [
                  {
                    type: 'text',
                    text: '本文提到跨进程禁用词一次。',
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                    version: 1,
                  },
                ],
              },
            ],
          },
        },
      },
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: string }).id

    // Process B compiles its matcher while the term is not a rule yet.
    const before = await checkUntil(serverB, editorOnB, id, Date.now(), () => true)
    expect(before).toEqual({ isBlocked: false, findings: [] })

    const rule = await call(serverA, 'POST', '/compliance-rules', {
      token: adminOnA,
      body: { term: '跨进程禁用词', kind: 'block', category: 'custom' },
    })
    expect(rule.status).toBe(201)
    const added = Date.now()

    const seen = await checkUntil(serverB, editorOnB, id, added, (check) => check.isBlocked)
    expect(seen).toMatchObject({
      isBlocked: true,
      findings: [expect.objectContaining({ text: '跨进程禁用词', kind: 'block' })],
    })
    const refused = await call(serverB, 'POST', `/workflow/articles/${id}`, {
      token: editorOnB,
      body: { action: 'submit' },
    })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({
      errors: [
        {
          data: {
            reason: 'compliance',
            findings: [expect.objectContaining({ text: '跨进程禁用词' })],
          },
        },
      ],
    })

    const ruleId = (rule.body.doc as { id: string }).id
    const disabled = await call(serverA, 'PATCH', `/compliance-rules/${ruleId}`, {
      token: adminOnA,
      body: { enabled: false },
    })
    expect(disabled.status).toBe(200)
    const changed = Date.now()
    const cleared = await checkUntil(serverB, editorOnB, id, changed, (check) => !check.isBlocked)
    expect(cleared).toEqual({ isBlocked: false, findings: [] })
    const submitted = await call(serverB, 'POST', `/workflow/articles/${id}`, {
      token: editorOnB,
      body: { action: 'submit' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ workflowStage: 'in_review' })
  })
})
