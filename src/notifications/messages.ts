import { formatAdminDate } from '@/admin/dates'

import type { NotificationKind, RobotEvent } from './kinds'

/** What happened, as the texts need it (the workflow's record of the step, trimmed). */
export type NotifiedStep = {
  kind: NotificationKind
  /** Who acted; empty for the scheduler. */
  actorName?: null | string
  title: string
  collectionLabel: string
  /** An approval: the level approved, and whether it was the last one. */
  reviewLevel?: null | number
  isFinalApproval?: boolean
  comment?: null | string
}

/** One line: titles and comments may hold line breaks that would break the message's layout. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

const whoOf = (step: NotifiedStep): string => oneLine(step.actorName ?? '') || '系统'

/** `《标题》`, whatever quotation marks the title brings. */
const quoted = (step: NotifiedStep): string => `《${oneLine(step.title)}》`

/**
 * The bell's line for one recipient, in Chinese: `editor 提交了《海洋科普周》（活动），请您审核`.
 */
export const inAppSummary = (step: NotifiedStep): string => {
  const who = whoOf(step)
  const what = `${quoted(step)}（${step.collectionLabel}）`
  switch (step.kind) {
    case 'submitted_to_me':
      return `${who} 提交了${what}，请您审核`
    case 'approved':
      return step.isFinalApproval || !step.reviewLevel
        ? `${who} 审核通过了您的${what}，等待发布`
        : `${who} 通过了您的${what}的第 ${step.reviewLevel} 级审核`
    case 'sent_back':
      return `${who} 退回了您的${what}，请修改后重新提交`
    case 'published':
      return `${who} 发布了您的${what}`
    case 'mentioned':
      return `${who} 在${what}中提到了您`
  }
}

const robotTags: Record<RobotEvent, string> = {
  submitted_to_me: '待审核',
  approved: '审核通过',
  sent_back: '退回修改',
  published: '已发布',
}

const robotSentence = (event: RobotEvent, step: NotifiedStep): string => {
  const who = whoOf(step)
  const what = `${quoted(step)}（${step.collectionLabel}）`
  switch (event) {
    case 'submitted_to_me':
      return `${who} 提交了${what}，等待审核`
    case 'approved':
      return step.isFinalApproval || !step.reviewLevel
        ? `${who} 审核通过了${what}，等待发布`
        : `${who} 通过了${what}的第 ${step.reviewLevel} 级审核`
    case 'sent_back':
      return `${who} 退回了${what}，请作者修改后重新提交`
    case 'published':
      return `${who} 发布了${what}`
  }
}

/** A robot's message before it is dressed for one platform: a title and Markdown text. */
export type RobotMessage = { title: string; text: string }

/**
 * The group message for one workflow step, in Chinese Markdown (the subset both WeCom and DingTalk
 * robots render): a heading, the sentence, the comment quoted, the time as the admin shows it, and
 * a link to the document in the admin.
 */
export const robotMessage = ({
  event,
  step,
  link,
  occurredAt,
  timeZone,
}: {
  event: RobotEvent
  step: NotifiedStep
  link: string
  occurredAt: Date | string
  timeZone: string
}): RobotMessage => {
  const title = `【${robotTags[event]}】${oneLine(step.title)}`
  const comment = step.comment ? oneLine(step.comment) : ''
  const paragraphs = [
    `### ${title}`,
    robotSentence(event, step),
    ...(comment ? [`> 意见：${comment}`] : []),
    `时间：${formatAdminDate(occurredAt, { language: 'zh', timeZone })}`,
    `[打开文档](${link})`,
  ]
  return { title, text: paragraphs.join('\n\n') }
}

/** WeCom (企业微信) group robot: https://developer.work.weixin.qq.com/document/path/91770 */
export const wecomBody = (message: RobotMessage) => ({
  msgtype: 'markdown' as const,
  markdown: { content: message.text },
})

/** DingTalk (钉钉) group robot: https://open.dingtalk.com/document/robots/custom-robot-access */
export const dingtalkBody = (message: RobotMessage) => ({
  msgtype: 'markdown' as const,
  markdown: { title: message.title, text: message.text },
})
