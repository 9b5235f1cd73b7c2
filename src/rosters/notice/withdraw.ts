import type { PayloadRequest } from 'payload'

import type { WorkflowDocument } from '@/workflow/documents'
import type { FeatureAction } from '@/workflow/featureActions'
import { WorkflowError } from '@/workflow/errors'
import { loadStoredCopy, loadWorkingCopy } from '@/workflow/documents'
import { isReviewer } from '@/workflow/stateMachine'
import { performTransition } from '@/workflow/transition'

import { noticeText } from './messages'
import { noteWithdrawalReason } from './publish'

export const WITHDRAW_FROM_NOTICE = 'withdraw_from_notice'

/** What readers see now decides, whatever the working copy says. */
const liveNoticeOf = (req: PayloadRequest, id: string) =>
  loadStoredCopy(req, 'award-recipients', id, { _status: true, noticeStatus: true })

const isInNotice = (live: null | WorkflowDocument): boolean =>
  live?._status === 'published' && live.noticeStatus === 'in_notice'

const FIELDS = ['action', 'comment', 'revision']
const MAX_REASON_LENGTH = 2000

/**
 * `POST /api/workflow/award-recipients/{id}` `{ action: "withdraw_from_notice", comment, revision? }`
 * (docs/rosters.md#public-notice): a reviewer or admin takes one recipient off a roster in public
 * notice, with the reason in `comment`. It is an `archive` (the live version comes down at once:
 * cache, search and an `unpublish` webhook follow from the workflow's announcement) recorded in
 * the hash-chained history as `withdraw_from_notice` with the reason; the recipient keeps
 * `noticeStatus: "withdrawn"` and the reason, both seen by staff only (it is no longer public).
 * 403 for editors, 400 without a reason, 404 no such recipient, 409 not in notice.
 */
export const withdrawFromNotice: FeatureAction = {
  action: WITHDRAW_FROM_NOTICE,
  collections: ['award-recipients'],
  // Offered to reviewers and admins while the recipient is live in notice, as `perform` decides.
  isOffered: async (req, actor, { id }) =>
    isReviewer(actor) && isInNotice(await liveNoticeOf(req, id)),
  perform: async (req, actor, { collection, id }, body) => {
    if (!isReviewer(actor)) {
      throw new WorkflowError(
        noticeText(
          req,
          '只有审核人或管理员可以撤销公示中的获奖者',
          'Only a reviewer or an admin can withdraw a recipient from the notice',
        ),
        403,
        'forbidden',
      )
    }
    const unknown = Object.keys(body ?? {}).find((key) => !FIELDS.includes(key))
    if (unknown) {
      throw new WorkflowError(
        noticeText(req, `请求中有未知字段“${unknown}”`, `Unknown field "${unknown}"`),
        400,
        'badBody',
      )
    }
    const reason = typeof body.comment === 'string' ? body.comment.trim() : ''
    if (!reason || reason.length > MAX_REASON_LENGTH) {
      throw new WorkflowError(
        noticeText(
          req,
          `撤销公示须在 comment 中写明原因（不超过 ${MAX_REASON_LENGTH} 字）`,
          `Withdrawing from the notice needs a reason in comment (at most ${MAX_REASON_LENGTH} characters)`,
        ),
        400,
        'reasonRequired',
      )
    }
    const { revision } = body
    if (revision !== undefined && !(Number.isSafeInteger(revision) && (revision as number) >= 0)) {
      throw new WorkflowError(
        noticeText(req, 'revision 须为非负整数', 'revision must be a whole number (0 or more)'),
        400,
        'badBody',
      )
    }
    const doc = await loadWorkingCopy(req, collection, id, { asUser: true })
    if (!doc) {
      throw new WorkflowError(
        noticeText(req, '找不到该获奖者', 'No such award recipient'),
        404,
        'notFound',
      )
    }
    const live = await liveNoticeOf(req, id)
    if (!isInNotice(live)) {
      throw new WorkflowError(
        noticeText(req, '该获奖者不在公示中', 'This recipient is not in public notice'),
        409,
        'notInNotice',
        { noticeStatus: live?.noticeStatus ?? null },
      )
    }
    noteWithdrawalReason(req, reason)
    return performTransition(req, actor, {
      collection,
      id,
      action: 'archive',
      comment: reason,
      recordAs: WITHDRAW_FROM_NOTICE,
      ...(typeof revision === 'number' ? { revision } : {}),
    })
  },
}
