import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import type { Release } from '@/payload-types'
import { WorkflowError } from '@/workflow/errors'
import type { TransitionGuard } from '@/workflow/guards'
import { itemRefsOf } from '@/workflow/releases/membership'
import { isWorkflowWrite } from '@/workflow/requestContext'
import { RELEASES } from '@/workflow/stages'

import { AWARD_NOTICES } from './collection'
import { noticeText } from './messages'
import { NOTICE_CONFIRM_TASK } from './task'

const DAY_MS = 24 * 60 * 60 * 1000

/** A release being published with a notice, as the guard found it (in `req.context`). */
export type PublishingNotice = {
  release: string
  startsAt: string
  endsAt: string
  contact: { phone: null | string; email: null | string }
}

const NOTICE_KEY = 'awardNotice'

export const publishingNotice = (context: RequestContext | undefined) =>
  context?.[NOTICE_KEY] as PublishingNotice | undefined

type ReleaseNotice = NonNullable<Release['notice']>

/**
 * Before a release is published: a notice needs a roster (award recipients only) and a contact,
 * checked again here because the items or the notice may have been saved before these rules, or
 * by a path that skipped validation. An immediate publication notes the notice in the request,
 * for the item writes and the release's own write that follow in the same transaction; a
 * scheduled one is decided when its job publishes. Every publish resets the note, so a request
 * (the jobs runner's) never carries one publication's notice into the next.
 */
export const noticeGuard: TransitionGuard = {
  name: 'award-notice',
  actions: ['publish'],
  check: async (req, { collection, id, doc, decision }) => {
    delete req.context[NOTICE_KEY]
    if (collection !== RELEASES) return
    const notice = (doc as { notice?: ReleaseNotice | null }).notice
    if (!notice?.days) return
    const other = itemRefsOf(doc.items).find((item) => item.collection !== 'award-recipients')
    if (other) {
      throw new WorkflowError(
        noticeText(
          req,
          `只有获奖者名单可以公示，批次中有其他稿件（${other.collection}/${other.id}）`,
          `Only a roster of award recipients can go out as a public notice; the release also holds ${other.collection}/${other.id}`,
        ),
        400,
        'noticeNotRoster',
        { item: other },
      )
    }
    const phone = notice.contact?.phone || null
    const email = notice.contact?.email || null
    if (!phone && !email) {
      throw new WorkflowError(
        noticeText(
          req,
          '公示需要异议联系方式：请填写联系电话或电子邮箱（至少一项）',
          'A public notice needs a contact for objections: give a phone number or an e-mail address',
        ),
        400,
        'noticeContactMissing',
      )
    }
    if (decision.to !== 'published') return
    const startsAt = new Date()
    req.context[NOTICE_KEY] = {
      release: id,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + notice.days * DAY_MS).toISOString(),
      contact: { phone, email },
    } satisfies PublishingNotice
  },
}

type RecipientData = {
  workflowStage?: string
  _status?: string
  noticeStatus?: null | string
  noticeEndsAt?: null | string
  noticeWithdrawalReason?: null | string
}

const WITHDRAWAL_KEY = 'awardNoticeWithdrawal'

/** The reason of a withdrawal in progress, for the recipient's write (same request). */
export const noteWithdrawalReason = (req: PayloadRequest, reason: string): void => {
  req.context[WITHDRAWAL_KEY] = reason
}

/**
 * The notice state of a recipient follows its workflow writes: published with a release's notice
 * → `in_notice` until the notice ends; archived during the notice (`withdraw_from_notice`, or a
 * plain archive) → `withdrawn`, with the reason; restored → no notice state (it is out of that
 * notice for good; a new release may put it in notice again).
 */
export const followNoticeOnWrite: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isWorkflowWrite(req.context)) return data
  const next = data as RecipientData
  const before = (originalDoc ?? {}) as RecipientData
  const notice = publishingNotice(req.context)
  if (next.workflowStage === 'published' && next._status === 'published' && notice) {
    return {
      ...data,
      noticeStatus: 'in_notice',
      noticeEndsAt: notice.endsAt,
      noticeWithdrawalReason: null,
    }
  }
  if (next.workflowStage === 'archived' && before.noticeStatus === 'in_notice') {
    const reason = req.context[WITHDRAWAL_KEY]
    return {
      ...data,
      noticeStatus: 'withdrawn',
      noticeWithdrawalReason: typeof reason === 'string' ? reason : null,
    }
  }
  if (
    before.workflowStage === 'archived' &&
    next.workflowStage === 'draft' &&
    before.noticeStatus
  ) {
    return { ...data, noticeStatus: null, noticeEndsAt: null, noticeWithdrawalReason: null }
  }
  return data
}

const awardIdOf = (award: unknown): null | string =>
  award && typeof award === 'object'
    ? String((award as { id: unknown }).id)
    : award
      ? String(award)
      : null

/**
 * After a release's own write: published with a notice → one `award-notices` row per award and
 * year among its recipients, and the job that confirms them when the notice ends (same
 * transaction; a job whose publication rolled back finds nothing in notice). Taken down → its
 * notice rows go (the roster is no longer public).
 */
export const recordReleaseNotice: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!isWorkflowWrite(req.context)) return doc
  const id = String(doc.id)
  const wasLive = previousDoc?.workflowStage === 'published'
  const isLive = doc.workflowStage === 'published'
  const notice = publishingNotice(req.context)
  if (wasLive === isLive && !(isLive && notice?.release === id)) return doc
  // Access skipped here and below: the notice rows are written by the system only.
  await req.payload.delete({
    collection: AWARD_NOTICES,
    where: { release: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (!isLive || notice?.release !== id) return doc
  const ids = itemRefsOf(doc.items).map((item) => item.id)
  const { docs } = await req.payload.find({
    collection: 'award-recipients',
    where: { id: { in: ids } },
    select: { award: true, year: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rosters = new Map<string, { award: string; year: number }>()
  for (const recipient of docs) {
    const award = awardIdOf(recipient.award)
    if (award) rosters.set(`${award}/${recipient.year}`, { award, year: recipient.year })
  }
  for (const { award, year } of rosters.values()) {
    await req.payload.create({
      collection: AWARD_NOTICES,
      data: {
        award,
        year,
        status: 'in_notice',
        startsAt: notice.startsAt,
        endsAt: notice.endsAt,
        contact: notice.contact,
        release: id,
      },
      overrideAccess: true,
      req,
    })
  }
  await req.payload.jobs.queue({
    task: NOTICE_CONFIRM_TASK,
    input: { release: id, endsAt: notice.endsAt },
    waitUntil: new Date(notice.endsAt),
    req,
  })
  return doc
}
