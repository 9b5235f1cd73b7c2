import type { PayloadRequest } from 'payload'

import type { ChangedDocument, PublicationEffect } from '@/publication/effects'

import type { ReleaseEvent } from './constants'
import { queueReleaseDeliveries, queueWebhookDeliveries } from './queue'

const RELEASE_EVENT: Record<'publish' | 'unpublish' | 'archive', ReleaseEvent> = {
  publish: 'release.published',
  unpublish: 'release.unpublished',
  archive: 'release.archived',
}

/** The document's slug as written, or read back when only its id is known (after a crash). */
const slugOf = async (
  req: PayloadRequest,
  change: ChangedDocument,
): Promise<string | undefined> => {
  // A workflow global is announced as `globals/{slug}`: its slug is its id.
  if (change.collection === 'globals') return change.id
  const written = change.doc?.slug
  if (typeof written === 'string') return written
  if (change.change === 'delete') return undefined
  // Access skipped: the system names the document it announces.
  const doc = (await req.payload
    .findByID({
      collection: change.collection as 'articles',
      id: change.id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { slug: true },
    })
    .catch(() => null)) as null | { slug?: unknown }
  return typeof doc?.slug === 'string' ? doc.slug : undefined
}

/**
 * Webhooks for an announcement: a release's batch goes out as one `release.*` delivery per
 * endpoint listing its items, and none per document; otherwise one delivery per changed document
 * and endpoint, as the per-document hooks send for writes outside the workflow.
 */
export const webhookPublicationEffect: PublicationEffect = {
  name: 'webhooks',
  run: async (req, { changes, release }) => {
    if (req.context.isSeeding) return
    if (release) {
      const items = []
      for (const change of changes) {
        const slug = await slugOf(req, change)
        items.push({ collection: change.collection, id: change.id, ...(slug ? { slug } : {}) })
      }
      await queueReleaseDeliveries(req, {
        event: RELEASE_EVENT[release.action],
        release: { id: release.id, title: release.title },
        items,
      })
      return
    }
    for (const change of changes) {
      await queueWebhookDeliveries(req, {
        event: change.change,
        collection: change.collection,
        doc: { id: change.id, slug: await slugOf(req, change) },
      })
    }
  },
}
