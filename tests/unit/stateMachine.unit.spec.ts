import { describe, expect, it } from '@jest/globals'

import type { Actor, ReviewState, TransitionRequest, UserActor } from '@/workflow/stateMachine'
import {
  availableActions,
  decideDirectWrite,
  decideEdit,
  decideTransition,
  isReviewStep,
  writeMode,
} from '@/workflow/stateMachine'

// The people of a small newsroom: two editors, two reviewers, an admin, and the scheduler.
const author: UserActor = { kind: 'user', id: 'author', roles: ['editor'] }
const otherEditor: UserActor = { kind: 'user', id: 'other-editor', roles: ['editor'] }
const reviewer: UserActor = { kind: 'user', id: 'reviewer', roles: ['reviewer'] }
const secondReviewer: UserActor = { kind: 'user', id: 'reviewer-2', roles: ['reviewer'] }
const admin: UserActor = { kind: 'user', id: 'admin', roles: ['admin'] }
const scheduler: Actor = { kind: 'scheduler' }

const NOW = new Date('2026-05-20T08:00:00.000Z')
const LATER = new Date('2026-05-21T08:00:00.000Z')
const EARLIER = new Date('2026-05-19T08:00:00.000Z')

const draft: ReviewState = {
  stage: 'draft',
  isLive: false,
  createdBy: author.id,
  submittedBy: null,
  lastEditedBy: author.id,
  approvals: [],
  requiredApprovals: 1,
  publishAt: null,
  unpublishAt: null,
  revision: 0,
}
const inReview: ReviewState = { ...draft, stage: 'in_review', submittedBy: author.id, revision: 1 }
const approved: ReviewState = {
  ...inReview,
  stage: 'approved',
  approvals: [{ reviewer: reviewer.id, level: 1 }],
  revision: 2,
}
const published: ReviewState = { ...draft, stage: 'published', isLive: true, revision: 3 }

const ask = (
  state: ReviewState,
  actor: Actor,
  action: TransitionRequest['action'],
  extra: Partial<TransitionRequest> = {},
) => decideTransition(state, actor, { action, now: NOW, ...extra })

describe('the way through review', () => {
  it('an editor submits their own draft, and a reviewer approves and publishes it', () => {
    const submitted = ask(draft, author, 'submit')
    expect(submitted).toMatchObject({ ok: true, to: 'in_review', submission: 'start' })
    expect(ask(inReview, reviewer, 'approve')).toMatchObject({
      ok: true,
      to: 'approved',
      reviewLevel: 1,
      approvals: [{ reviewer: reviewer.id, level: 1 }],
    })
    expect(ask(approved, secondReviewer, 'publish')).toMatchObject({
      ok: true,
      to: 'published',
      isLive: true,
      isPublishing: true,
    })
  })

  it('two levels need two different reviewers; the first approval keeps it in review', () => {
    const twoLevels: ReviewState = { ...inReview, requiredApprovals: 2 }
    const first = ask(twoLevels, reviewer, 'approve')
    expect(first).toMatchObject({ ok: true, to: 'in_review', reviewLevel: 1 })
    const afterFirst: ReviewState = {
      ...twoLevels,
      approvals: [{ reviewer: reviewer.id, level: 1 }],
    }
    expect(ask(afterFirst, reviewer, 'approve')).toMatchObject({
      ok: false,
      status: 403,
      reason: 'alreadyApproved',
    })
    expect(ask(afterFirst, secondReviewer, 'approve')).toMatchObject({
      ok: true,
      to: 'approved',
      reviewLevel: 2,
    })
  })

  it('publishing straight from review counts as the last approval, never as a skipped level', () => {
    expect(ask(inReview, reviewer, 'publish')).toMatchObject({
      ok: true,
      to: 'published',
      reviewLevel: 1,
    })
    const twoLevels: ReviewState = { ...inReview, requiredApprovals: 2 }
    expect(ask(twoLevels, reviewer, 'publish')).toMatchObject({
      ok: false,
      status: 409,
      reason: 'levelsRemaining',
    })
  })

  it('changes are requested with a comment only (blank is no comment), and end the round', () => {
    expect(ask(approved, reviewer, 'request_changes')).toMatchObject({
      status: 400,
      reason: 'commentRequired',
    })
    expect(ask(approved, reviewer, 'request_changes', { comment: ' \n ' })).toMatchObject({
      status: 400,
      reason: 'commentRequired',
    })
    expect(ask(approved, reviewer, 'request_changes', { comment: '请补充活动地点' })).toMatchObject(
      {
        ok: true,
        to: 'changes_requested',
        approvals: [],
        publishAt: null,
      },
    )
  })
})

describe('four eyes', () => {
  const ownWork: ReviewState = { ...inReview, createdBy: reviewer.id, lastEditedBy: reviewer.id }

  it('nobody approves or publishes what they wrote, submitted or corrected last', () => {
    expect(ask(ownWork, reviewer, 'approve')).toMatchObject({
      status: 403,
      reason: 'ownSubmission',
    })
    expect(ask({ ...inReview, submittedBy: admin.id }, admin, 'publish')).toMatchObject({
      status: 403,
      reason: 'ownSubmission',
    })
    expect(ask({ ...inReview, lastEditedBy: reviewer.id }, reviewer, 'approve')).toMatchObject({
      status: 403,
      reason: 'lastEditor',
    })
  })

  it('the reviewer who approved a document may also publish it', () => {
    // The approval already had four eyes; publishing it is not approving it again.
    expect(ask(approved, reviewer, 'publish')).toMatchObject({ ok: true, to: 'published' })
  })
})

describe('who may do what', () => {
  it('the role is checked first: an editor is refused approve with 403 even where the stage forbids it too', () => {
    expect(ask(draft, author, 'approve')).toMatchObject({ status: 403, reason: 'roleMayNot' })
    expect(ask(published, author, 'unpublish')).toMatchObject({ status: 403, reason: 'roleMayNot' })
  })

  it('an editor submits only their own draft; a document nobody wrote is anyone’s', () => {
    expect(ask(draft, otherEditor, 'submit')).toMatchObject({
      status: 403,
      reason: 'notOwnDocument',
    })
    expect(ask({ ...draft, createdBy: null }, otherEditor, 'submit')).toMatchObject({ ok: true })
    // The last editor of a draft someone else started may submit it.
    expect(ask({ ...draft, lastEditedBy: otherEditor.id }, otherEditor, 'submit')).toMatchObject({
      ok: true,
    })
  })

  it('only the submitter, the author or an admin withdraws a submission', () => {
    expect(ask(inReview, otherEditor, 'withdraw')).toMatchObject({
      status: 403,
      reason: 'notOwnSubmission',
    })
    expect(ask(inReview, reviewer, 'withdraw')).toMatchObject({ status: 403 })
    expect(ask(inReview, author, 'withdraw')).toMatchObject({ ok: true, to: 'draft' })
    expect(ask(approved, admin, 'withdraw')).toMatchObject({ ok: true, to: 'draft', approvals: [] })
  })

  it('the stage decides next (409): no approving a draft, no unpublishing what is not live', () => {
    expect(ask(draft, reviewer, 'approve')).toMatchObject({ status: 409, reason: 'stageForbids' })
    expect(ask(approved, reviewer, 'unpublish')).toMatchObject({ status: 409, reason: 'notLive' })
    expect(ask(published, author, 'submit')).toMatchObject({ status: 409, reason: 'stageForbids' })
    expect(ask({ ...draft, stage: 'archived' }, reviewer, 'archive')).toMatchObject({
      status: 409,
    })
  })

  it('a request about an older revision is refused (409), a current one goes through', () => {
    expect(ask(inReview, reviewer, 'approve', { revision: 0 })).toMatchObject({
      status: 409,
      reason: 'staleRevision',
    })
    expect(ask(inReview, reviewer, 'approve', { revision: 1 })).toMatchObject({ ok: true })
  })

  it('what the admin UI offers is what the rules allow', () => {
    expect(availableActions(draft, author, NOW)).toEqual(['submit'])
    expect(availableActions(draft, otherEditor, NOW)).toEqual([])
    expect(availableActions(inReview, author, NOW)).toEqual(['withdraw'])
    expect(availableActions(inReview, reviewer, NOW)).toEqual([
      'approve',
      'request_changes',
      'publish',
      'archive',
    ])
    expect(availableActions(published, reviewer, NOW)).toEqual(['unpublish', 'archive'])
  })
})

describe('schedules', () => {
  it('a publish time in the future keeps the document approved until then', () => {
    expect(ask(approved, reviewer, 'publish', { publishAt: LATER })).toMatchObject({
      ok: true,
      to: 'approved',
      isPublishing: false,
      publishAt: LATER.toISOString(),
    })
    // A time already past publishes now.
    expect(ask(approved, reviewer, 'publish', { publishAt: EARLIER })).toMatchObject({
      ok: true,
      to: 'published',
      publishAt: null,
    })
  })

  it('a take-down must come after the publish and after now (400)', () => {
    expect(
      ask(approved, reviewer, 'publish', { publishAt: LATER, unpublishAt: LATER }),
    ).toMatchObject({ status: 400, reason: 'unpublishBeforePublish' })
    expect(ask(approved, reviewer, 'publish', { unpublishAt: EARLIER })).toMatchObject({
      status: 400,
      reason: 'unpublishInPast',
    })
    expect(ask(approved, reviewer, 'publish', { unpublishAt: LATER })).toMatchObject({
      ok: true,
      to: 'published',
      unpublishAt: LATER.toISOString(),
    })
  })

  it('the scheduler publishes only what is still approved and due at the time it was queued for', () => {
    const scheduled: ReviewState = { ...approved, publishAt: LATER.toISOString() }
    const due = { scheduledFor: LATER.toISOString(), now: LATER }
    expect(decideTransition(scheduled, scheduler, { action: 'publish', ...due })).toMatchObject({
      ok: true,
      to: 'published',
    })
    // Rescheduled since the job was queued, or sent back to review: the old job does nothing.
    expect(
      decideTransition({ ...scheduled, publishAt: '2026-06-01T00:00:00.000Z' }, scheduler, {
        action: 'publish',
        ...due,
      }),
    ).toMatchObject({ status: 409, reason: 'scheduleChanged' })
    expect(
      decideTransition({ ...scheduled, stage: 'in_review' }, scheduler, {
        action: 'publish',
        ...due,
      }),
    ).toMatchObject({ status: 409 })
    expect(decideTransition(scheduled, scheduler, { action: 'approve', now: LATER })).toMatchObject(
      {
        status: 403,
        reason: 'roleMayNot',
      },
    )
  })

  it('archiving ends the round and its schedule, and takes the live version down', () => {
    const live: ReviewState = {
      ...published,
      publishAt: null,
      unpublishAt: LATER.toISOString(),
    }
    expect(ask(live, reviewer, 'archive')).toMatchObject({
      ok: true,
      to: 'archived',
      isLive: false,
      unpublishAt: null,
      approvals: [],
    })
    expect(ask({ ...live, stage: 'archived' }, reviewer, 'restore')).toMatchObject({
      ok: true,
      to: 'draft',
    })
  })
})

describe('how a transition is written', () => {
  it('steps of the review are written in place; publishing, taking down and archiving are not', () => {
    const step = (action: string, isLive = false, isPublishing = false) =>
      ({ action, isLive, isPublishing }) as Parameters<typeof isReviewStep>[1]
    for (const action of ['submit', 'withdraw', 'approve', 'request_changes']) {
      expect(isReviewStep({ isLive: false }, step(action))).toBe(true)
      // A live document under revision: readers keep the live version through the review.
      expect(isReviewStep({ isLive: true }, step(action, true))).toBe(true)
    }
    expect(isReviewStep({ isLive: false }, step('publish', true, true))).toBe(false)
    expect(isReviewStep({ isLive: true }, step('unpublish'))).toBe(false)
    expect(isReviewStep({ isLive: false }, step('archive'))).toBe(false)
    expect(isReviewStep({ isLive: false }, step('restore'))).toBe(false)
  })

  it('a live document going back to review keeps its live version: the change is a draft save', () => {
    expect(writeMode({ isLive: true }, { to: 'in_review', isLive: true })).toEqual({
      isDraftSave: true,
      status: 'draft',
    })
    expect(writeMode({ isLive: true }, { to: 'draft', isLive: false })).toEqual({
      isDraftSave: false,
      status: 'draft',
    })
    expect(writeMode({ isLive: false }, { to: 'published', isLive: true })).toEqual({
      isDraftSave: false,
      status: 'published',
    })
  })
})

describe('ordinary saves and direct writes', () => {
  it('editors wait while a document is reviewed; a reviewer’s correction sends it back to review', () => {
    expect(decideEdit({ stage: 'in_review' }, author)).toMatchObject({
      status: 409,
      reason: 'editDuringReview',
    })
    expect(decideEdit({ stage: 'approved' }, reviewer)).toMatchObject({
      ok: true,
      to: 'in_review',
      isRecorded: true,
      isReReview: true,
    })
    expect(decideEdit({ stage: 'published' }, author)).toMatchObject({
      ok: true,
      to: 'draft',
      isNewRound: true,
    })
    expect(decideEdit({ stage: 'archived' }, admin)).toMatchObject({ reason: 'editArchived' })
    expect(decideEdit({ stage: 'changes_requested' }, author)).toMatchObject({
      ok: true,
      to: 'changes_requested',
      isRecorded: false,
    })
  })

  it('_status and workflowStage are never a way around the workflow', () => {
    const base = { currentStage: 'draft' as const, isLive: false, isDraftSave: false }
    expect(decideDirectWrite({ ...base, requestedStatus: 'published' })).toMatchObject({
      status: 403,
      reason: 'publishViaWorkflow',
    })
    expect(decideDirectWrite({ ...base, requestedStage: 'approved' })).toMatchObject({
      reason: 'stageViaWorkflow',
    })
    // Sending back the stage it already has is not a change.
    expect(decideDirectWrite({ ...base, requestedStage: 'draft' })).toEqual({ ok: true })
    const live = { currentStage: 'published' as const, isLive: true, isDraftSave: false }
    expect(decideDirectWrite({ ...live, requestedStatus: 'draft' })).toMatchObject({
      reason: 'unpublishViaWorkflow',
    })
    expect(decideDirectWrite({ ...live, isDraftSave: true, requestedStatus: 'draft' })).toEqual({
      ok: true,
    })
    expect(decideDirectWrite({ ...live, isRestore: true })).toMatchObject({
      reason: 'restoreAsDraft',
    })
  })
})
