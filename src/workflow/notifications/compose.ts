import { formatAdminDate } from '@/admin/dates'

import type { NotificationPlan } from './plan'

export type MailContent = { subject: string; text: string }

const verbs = (plan: NotificationPlan): { tag: string; sentence: string } => {
  const { action, event } = plan
  switch (action) {
    case 'submit':
      return { tag: '待审核', sentence: '提交了一篇稿件，请您审核' }
    case 'approve':
      return event.toStage === 'approved'
        ? { tag: '审核通过', sentence: '审核通过了您的稿件，等待发布' }
        : {
            tag: `第 ${event.reviewLevel} 级审核通过`,
            sentence: `通过了您稿件的第 ${event.reviewLevel} 级审核，等待下一级审核`,
          }
    case 'request_changes':
      return { tag: '退回修改', sentence: '退回了您的稿件，请按意见修改后重新提交' }
    case 'publish':
      return { tag: '已发布', sentence: '发布了您的稿件' }
  }
}

/**
 * The e-mail for one recipient, in Chinese, with a link to the document in the admin UI and the
 * time of the action as the admin shows it (`2026年12月6日 18:37`, in `timeZone`).
 */
export const composeMail = ({
  plan,
  title,
  collectionLabel,
  link,
  recipientName,
  timeZone,
}: {
  plan: NotificationPlan
  title: string
  collectionLabel: string
  link: string
  recipientName: string
  timeZone: string
}): MailContent => {
  const { tag, sentence } = verbs(plan)
  const who = plan.event.actorName || '系统'
  const lines = [
    `${recipientName}，您好：`,
    '',
    `${who} ${sentence}：`,
    `《${title}》（${collectionLabel}）`,
    `时间：${formatAdminDate(plan.event.occurredAt, { language: 'zh', timeZone })}`,
    ...(plan.event.comment ? [`意见：${plan.event.comment}`] : []),
    '',
    `打开文档：${link}`,
    '',
    '此邮件由科协内容管理系统自动发送，请勿直接回复。',
  ]
  return { subject: `【${tag}】${title}`, text: lines.join('\n') }
}
