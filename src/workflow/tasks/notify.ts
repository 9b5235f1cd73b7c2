import type { TaskConfig } from 'payload'

import { isSmtpConfigured } from '../notifications/email'
import { NOTIFY_TASK } from '../notifications/queue'

/** Sends one workflow e-mail; a failure is retried by the jobs queue, never seen by the sender. */
export const notifyTask: TaskConfig<typeof NOTIFY_TASK> = {
  slug: NOTIFY_TASK,
  label: '审核通知邮件',
  retries: 3,
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    const delivery = isSmtpConfigured() ? 'sent' : 'kept in the outbox (SMTP_URL is not set)'
    req.payload.logger.info({
      msg: `workflow e-mail ${delivery}`,
      to: input.to,
      subject: input.subject,
    })
    return { output: {} }
  },
}
