import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { serverUrl, settings } from '@/env'

import { outboxTransport } from './outbox'

const DEFAULT_SENDER_NAME = '科协内容管理'

/** `EMAIL_FROM` as `Name <address>` or a bare address; by default noreply@ the server's host. */
export const emailSender = (raw = settings().EMAIL_FROM): { name: string; address: string } => {
  const value = raw?.trim()
  const named = value?.match(/^(.*?)\s*<([^>]+)>$/)
  if (named)
    return { name: named[1].replace(/^"|"$/g, '') || DEFAULT_SENDER_NAME, address: named[2] }
  if (value) return { name: DEFAULT_SENDER_NAME, address: value }
  return { name: DEFAULT_SENDER_NAME, address: `noreply@${new URL(serverUrl()).hostname}` }
}

/** Whether workflow e-mail is delivered (SMTP_URL set) or only kept in the outbox and the log. */
export const isSmtpConfigured = (): boolean => Boolean(settings().SMTP_URL)

/**
 * Payload's nodemailer adapter: SMTP from `SMTP_URL` (e.g. `smtps://user:pass@smtp.example.org`)
 * when set, otherwise a transport that keeps messages in memory (src/workflow/notifications/outbox)
 * and leaves them to the log. Never verified at start-up: a slow mail server must not delay the CMS.
 */
export const emailAdapter = () => {
  const sender = emailSender()
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    skipVerify: true,
    transportOptions: settings().SMTP_URL || outboxTransport,
  })
}
