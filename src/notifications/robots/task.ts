import type { TaskConfig } from 'payload'

import { retryDelayMs } from '@/delivery/webhooks/constants'
import { postGuarded } from '@/delivery/webhooks/post'

import { dingtalkBody, wecomBody } from '../messages'
import { READS_SIGNING_SECRET, ROBOT_TASK } from './constants'
import { dingtalkSignedUrl } from './sign'

/** Both platforms answer 200 with `{ errcode, errmsg }`; anything but `errcode: 0` failed. */
const platformError = (answer: string | undefined): null | string => {
  try {
    const { errcode, errmsg } = JSON.parse(answer ?? '') as { errcode?: unknown; errmsg?: unknown }
    return errcode === 0 ? null : `errcode ${String(errcode)}: ${String(errmsg ?? '')}`
  } catch {
    return `not a robot's answer: ${(answer ?? '').slice(0, 200)}`
  }
}

/**
 * Sends one message to a WeCom or DingTalk group robot, through the same guarded POST as webhooks
 * (no private or loopback addresses unless WEBHOOK_ALLOW_PRIVATE, no redirects, a timeout). A
 * failure is thrown so the queue retries with exponential backoff; a refused address is logged
 * and not retried.
 */
export const robotNotifyTask: TaskConfig<typeof ROBOT_TASK> = {
  slug: ROBOT_TASK,
  label: '群机器人通知',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelayMs() } },
  inputSchema: [
    { name: 'channel', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    // Access skipped: the queue runs without a user; the signing secret is needed to sign.
    const robot = await req.payload.findByID({
      collection: 'notification-channels',
      id: input.channel,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      context: { [READS_SIGNING_SECRET]: true },
      req,
    })
    if (!robot?.enabled) return { output: {} }

    const message = { title: input.title, text: input.text }
    const isDingtalk = robot.kind === 'dingtalk'
    const url =
      isDingtalk && robot.secret
        ? dingtalkSignedUrl(robot.url, robot.secret, Date.now())
        : robot.url
    const body = JSON.stringify(isDingtalk ? dingtalkBody(message) : wecomBody(message))
    const attempt = await postGuarded(
      url,
      {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'kexie-cms-notifications',
      },
      body,
      { readsAnswer: true },
    )
    if (attempt.refused) {
      req.payload.logger.warn({ msg: `notification robot ${robot.id}: ${attempt.error}` })
      return { output: {} }
    }
    const failure = attempt.error ?? platformError(attempt.body)
    if (failure) throw new Error(`notification robot ${robot.id}: ${failure}`)
    return { output: {} }
  },
}
