import { createHmac } from 'node:crypto'

/** `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<raw body>`, as documented in docs/delivery.md (Webhooks). */
export const signDelivery = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
