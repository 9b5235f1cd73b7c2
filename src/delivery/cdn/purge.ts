import type { PayloadRequest } from 'payload'

import { settings } from '@/env'
import type { PublicationEffect } from '@/publication/effects'

import { dependencyMap } from '../cache/entryTags'

import { purgeTags } from './tags'

const PURGE_TIMEOUT_MS = 5_000
/**
 * How long a purge waits for the change's transaction to end before it goes anyway (a request
 * whose transaction Payload does not clear on it, such as a REST delete).
 */
const COMMIT_WAIT_MS = 2_000
const COMMIT_POLL_MS = 25

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Resolves once the request's transaction has ended (Payload clears `req.transactionID` when it
 * commits or rolls back). A purge sent earlier would let the CDN fetch the old answer again.
 */
const transactionEnded = async (req: PayloadRequest) => {
  // A promise while it begins; null or undefined where the database runs without transactions.
  if (!(await req.transactionID)) return
  const giveUpAt = Date.now() + COMMIT_WAIT_MS
  while (req.transactionID && Date.now() < giveUpAt) await sleep(COMMIT_POLL_MS)
}

/** POSTs `{ tags }` to `CDN_PURGE_URL` (with `CDN_PURGE_TOKEN` as a bearer token when set). */
export const sendPurge = async (url: string, token: string, tags: string[]): Promise<void> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`the purge endpoint answered ${response.status}`)
}

/**
 * Purges a CDN in front of the CMS by tag (`CDN_PURGE_URL`, a generic HTTP purge) whenever
 * publication changes: the tags of every answer the changes can touch (./tags.ts). Sent once the
 * change has committed, without holding up the editor's request; a failure is logged, and the
 * answers then age out by their `s-maxage`.
 */
export const cdnPurgeEffect: PublicationEffect = {
  name: 'cdn',
  run: async (req, { changes }) => {
    const { CDN_PURGE_URL: url, CDN_PURGE_TOKEN: token } = settings()
    if (!url) return
    const tags = purgeTags(
      changes.map(({ collection, id }) => ({ collection, id })),
      dependencyMap(req.payload.config),
    )
    void transactionEnded(req)
      .then(() => sendPurge(url, token, tags))
      .catch((error: unknown) => req.payload.logger.error({ err: error, tags }, 'CDN purge failed'))
  },
}
