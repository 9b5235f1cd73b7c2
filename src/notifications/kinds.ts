import type { NotifiedAction } from '@/workflow/notifications/plan'

/** What a notification tells its recipient; stored, and API (`kind` of `notifications`). */
export const NOTIFICATION_KINDS = [
  'submitted_to_me',
  'approved',
  'sent_back',
  'published',
  'mentioned',
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** What a group robot may be told: the workflow's steps (a mention is for one person). */
export const ROBOT_EVENTS = ['submitted_to_me', 'approved', 'sent_back', 'published'] as const

export type RobotEvent = (typeof ROBOT_EVENTS)[number]

export const kindOfAction: Record<NotifiedAction, RobotEvent> = {
  submit: 'submitted_to_me',
  approve: 'approved',
  request_changes: 'sent_back',
  publish: 'published',
}

export const kindLabels: Record<NotificationKind, { zh: string; en: string }> = {
  submitted_to_me: { zh: '提交给我审核', en: 'Submitted to me' },
  approved: { zh: '审核通过', en: 'Approved' },
  sent_back: { zh: '退回修改', en: 'Sent back' },
  published: { zh: '已发布', en: 'Published' },
  mentioned: { zh: '提到了我', en: 'Mentioned me' },
}

/** For a group robot the submission is "待审核": it is not sent to anyone in particular. */
export const robotEventLabels: Record<RobotEvent, { zh: string; en: string }> = {
  submitted_to_me: { zh: '提交审核', en: 'Submitted for review' },
  approved: kindLabels.approved,
  sent_back: kindLabels.sent_back,
  published: kindLabels.published,
}
