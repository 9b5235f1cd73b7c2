import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { WorkflowAction, WorkflowStage } from '@/workflow/stages'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD, type Staff } from '../helpers/users'
import { documentInStage, historyOf, stateOf, transition } from '../helpers/workflow'

type Role = 'admin' | 'anonymous' | 'author' | 'otherEditor' | 'reviewer'

const ROLES: Role[] = ['anonymous', 'author', 'otherEditor', 'reviewer', 'admin']
const STAGES: WorkflowStage[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
]
const ACTIONS: WorkflowAction[] = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'publish',
  'unpublish',
  'archive',
  'restore',
]

// The rules as docs/workflow.md states them, written out independently of
// src/workflow/stateMachine.ts. Every document here belongs to `author`, who also submitted it;
// one review level (events), so an approval completes the review.

/** Who may ever take the action: anyone else gets 403, whatever the stage. */
const MAY: Record<WorkflowAction, Role[]> = {
  submit: ['author', 'otherEditor', 'reviewer', 'admin'],
  withdraw: ['author', 'otherEditor', 'reviewer', 'admin'],
  approve: ['reviewer', 'admin'],
  request_changes: ['reviewer', 'admin'],
  publish: ['reviewer', 'admin'],
  unpublish: ['reviewer', 'admin'],
  archive: ['reviewer', 'admin'],
  restore: ['reviewer', 'admin'],
}

/** The stages the action starts from (409 from any other) and where it leads. */
const FROM: Record<WorkflowAction, WorkflowStage[]> = {
  submit: ['draft', 'changes_requested'],
  withdraw: ['in_review', 'approved'],
  approve: ['in_review'],
  request_changes: ['in_review', 'approved'],
  // From review only at the last level: approving and publishing at once.
  publish: ['approved', 'in_review'],
  unpublish: ['published'],
  archive: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
  restore: ['archived'],
}
const TO: Record<WorkflowAction, WorkflowStage> = {
  submit: 'in_review',
  withdraw: 'draft',
  approve: 'approved',
  request_changes: 'changes_requested',
  publish: 'published',
  unpublish: 'draft',
  archive: 'archived',
  restore: 'draft',
}

/** Once the stage allows it, who may take it on this document (403 for the others). */
const ON_THIS_DOCUMENT: Partial<Record<WorkflowAction, Role[]>> = {
  // Editors submit what they wrote; reviewers and admins anything.
  submit: ['author', 'reviewer', 'admin'],
  // Their own submission; admins any.
  withdraw: ['author', 'admin'],
}

const expectedStatus = (role: Role, action: WorkflowAction, stage: WorkflowStage): number => {
  if (role === 'anonymous') return 401
  if (!MAY[action].includes(role)) return 403
  if (!FROM[action].includes(stage)) return 409
  if (ON_THIS_DOCUMENT[action] && !ON_THIS_DOCUMENT[action].includes(role)) return 403
  return 200
}

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: Record<Role, string | undefined>
/** One document per stage for the requests that must change nothing. */
const unchanged = {} as Record<WorkflowStage, string>

const fixture = (stage: WorkflowStage) =>
  documentInStage(payload, 'events', { stage, author: staff.editor.id })

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  tokens = {
    anonymous: undefined,
    author: await api.login(staff.editor.email, TEST_PASSWORD),
    otherEditor: await api.login(staff.otherEditor.email, TEST_PASSWORD),
    reviewer: await api.login(staff.reviewer.email, TEST_PASSWORD),
    admin: await api.login(staff.admin.email, TEST_PASSWORD),
  }
  for (const stage of STAGES) unchanged[stage] = await fixture(stage)
})

/** How `documentInStage` leaves a document. */
const fixtureState = (stage: WorkflowStage) => ({
  workflowStage: stage,
  _status: stage === 'published' ? 'published' : 'draft',
  isLive: stage === 'published',
})

const cases = ACTIONS.flatMap((action) =>
  STAGES.flatMap((stage) =>
    ROLES.map((role) => ({ action, stage, role, status: expectedStatus(role, action, stage) })),
  ),
)

describe('POST /api/workflow/{collection}/{id}: every role, action and starting stage', () => {
  it('covers the whole matrix', () => {
    expect(cases).toHaveLength(ROLES.length * ACTIONS.length * STAGES.length)
    expect(cases.filter(({ status }) => status === 200).length).toBeGreaterThan(25)
  })

  it.each(cases)('$role $action from $stage: $status', async ({ action, stage, role, status }) => {
    const comment = action === 'request_changes' ? '请补充活动地点' : undefined
    if (status !== 200) {
      const id = unchanged[stage]
      const answer = await transition(api, 'events', id, { action, comment }, tokens[role])
      expect(answer.status).toBe(status)
      expect(answer.body.errors?.[0]?.message).toEqual(expect.any(String))
      expect(await stateOf(payload, 'events', id)).toEqual(fixtureState(stage))
      return
    }

    const id = await fixture(stage)
    const answer = await transition(api, 'events', id, { action, comment }, tokens[role])
    const to = TO[action]
    const isPublished = to === 'published'
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      id,
      workflowStage: to,
      _status: isPublished ? 'published' : 'draft',
    })
    expect(await stateOf(payload, 'events', id)).toEqual({
      workflowStage: to,
      _status: isPublished ? 'published' : 'draft',
      isLive: isPublished,
    })
    const history = answer.body.history ?? []
    expect(
      history.map(({ action, fromStage, toStage }) => ({ action, fromStage, toStage })),
    ).toEqual([{ action, fromStage: stage, toStage: to }])
    expect(history[0]).toMatchObject({
      actor:
        role === 'admin'
          ? staff.admin.id
          : role === 'reviewer'
            ? staff.reviewer.id
            : staff.editor.id,
      comment: comment ?? null,
    })
  })

  it('refused requests left no history behind', async () => {
    for (const stage of STAGES) {
      expect(await historyOf(payload, 'events', unchanged[stage])).toHaveLength(0)
    }
  })
})
