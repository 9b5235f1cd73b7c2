import type { TaskConfig } from 'payload'

import { isRefusedHost } from './address'
import { DELIVERY_TIMEOUT_MS, retryDelayMs, WEBHOOK_EVENTS, WEBHOOK_TASK } from './constants'
import { signDelivery } from './sign'

type Attempt = { statusCode?: number; error?: string }

const post = async (url: string, headers: Record<string, string>, body: string) => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
    await response.body?.cancel()
    return response.ok
      ? { statusCode: response.status }
      : { statusCode: response.status, error: `HTTP ${response.status}` }
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
  }
}

/**
 * Sends one signed delivery. A failed attempt is logged in `webhook-deliveries` and thrown, so the
 * queue retries it with exponential backoff (https://payloadcms.com/docs/jobs-queue/tasks).
 */
export const webhookDeliveryTask: TaskConfig<typeof WEBHOOK_TASK> = {
  slug: WEBHOOK_TASK,
  label: 'Webhook 推送',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelayMs() } },
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'event', type: 'select', options: [...WEBHOOK_EVENTS], required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'slug', type: 'text' },
    { name: 'locale', type: 'text' },
    { name: 'occurredAt', type: 'text', required: true },
  ],
  handler: async ({ input, job, req }) => {
    // Access skipped: the queue runs without a user; the secret is needed to sign.
    const webhook = await req.payload.findByID({
      collection: 'webhooks',
      id: input.webhook,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    if (!webhook?.enabled || !webhook.secret) return { output: {} }

    const body = JSON.stringify({
      event: input.event,
      collection: input.collection,
      id: input.documentId,
      slug: input.slug ?? undefined,
      locale: input.locale ?? undefined,
      occurredAt: input.occurredAt,
    })
    const timestamp = Math.floor(Date.now() / 1000)
    const started = Date.now()
    const attempt: Attempt = isRefusedHost(webhook.url)
      ? { error: 'refused: loopback, link-local or metadata address' }
      : await post(
          webhook.url,
          {
            'Content-Type': 'application/json',
            'User-Agent': 'kexie-cms-webhooks',
            'X-Kexie-Event': input.event,
            'X-Kexie-Timestamp': String(timestamp),
            'X-Kexie-Signature': signDelivery(webhook.secret, timestamp, body),
          },
          body,
        )

    const jobId = String(job.id)
    // Access skipped: the log is written by the queue, not on anyone's behalf.
    const { totalDocs: earlier } = await req.payload.count({
      collection: 'webhook-deliveries',
      where: { jobId: { equals: jobId } },
      overrideAccess: true,
      req,
    })
    await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        webhook: webhook.id,
        event: input.event,
        collection: input.collection,
        documentId: input.documentId,
        jobId,
        attempt: earlier + 1,
        statusCode: attempt.statusCode,
        error: attempt.error,
        durationMs: Date.now() - started,
        deliveredAt: new Date(started).toISOString(),
      },
      overrideAccess: true,
      req,
    })
    if (attempt.error) throw new Error(`webhook ${webhook.id}: ${attempt.error}`)
    return { output: {} }
  },
}
