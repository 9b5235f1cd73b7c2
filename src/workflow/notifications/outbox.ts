/** An e-mail kept instead of sent: development, tests, and installations without SMTP_URL. */
export type OutboxMessage = {
  from: string
  to: string[]
  subject: string
  text: string
  /** Payload's own mails (password reset) are HTML only. */
  html: string
  sentAt: Date
}

const MAX_KEPT = 200

/** The most recent messages, oldest first (tests read it; nothing else depends on it). */
export const outbox: OutboxMessage[] = []

type Address = string | { address?: string; name?: string }
type MailData = {
  from?: Address
  to?: Address | Address[]
  subject?: string
  text?: unknown
  html?: unknown
}
type SendCallback = (error: Error | null, info?: { messageId: string }) => void

const addressOf = (value: Address): string =>
  typeof value === 'string' ? value : (value.address ?? '')

let counter = 0

/**
 * A nodemailer transport (its plugin interface: `send(mail, callback)`) that keeps each message
 * in `outbox` instead of delivering it.
 */
export const outboxTransport = {
  name: 'kexie-outbox',
  version: '1.0.0',
  send(mail: { data: MailData }, callback: SendCallback): void {
    const { from, to, subject, text, html } = mail.data
    outbox.push({
      from: from ? addressOf(from) : '',
      to: (Array.isArray(to) ? to : to ? [to] : []).map(addressOf),
      subject: subject ?? '',
      text: typeof text === 'string' ? text : String(text ?? ''),
      html: typeof html === 'string' ? html : String(html ?? ''),
      sentAt: new Date(),
    })
    if (outbox.length > MAX_KEPT) outbox.splice(0, outbox.length - MAX_KEPT)
    counter += 1
    callback(null, { messageId: `<outbox-${counter}@kexie.local>` })
  },
}
