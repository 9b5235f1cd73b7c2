import { createHash } from 'node:crypto'

import type { WorkflowEvent } from '@/payload-types'

/** The `prevHash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64)

/** What a record's hash covers: everything it says, and the hash of the record before it. */
export type ChainedEvent = Omit<
  WorkflowEvent,
  'createdAt' | 'hash' | 'id' | 'revisionKey' | 'updatedAt'
>

// Databases hand dates back in their own shape; the hash must not depend on which one stored it.
const isoOrNull = (value?: null | string): null | string =>
  value ? new Date(value).toISOString() : null

const textOrNull = (value?: null | string): null | string => (value ? value : null)

export const eventHash = (event: ChainedEvent): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        event.sequence,
        event.prevHash,
        event.documentCollection,
        event.documentId,
        event.revision,
        event.action,
        event.fromStage ?? null,
        event.toStage,
        textOrNull(event.actor),
        textOrNull(event.actorName),
        textOrNull(event.comment),
        event.reviewLevel ?? null,
        textOrNull(event.assignee),
        isoOrNull(event.publishAt),
        isoOrNull(event.unpublishAt),
        isoOrNull(event.occurredAt),
        // Only where set, so the records written before releases existed keep their hashes.
        ...(event.release ? [event.release] : []),
      ]),
    )
    .digest('hex')

export const revisionKeyOf = (
  event: Pick<ChainedEvent, 'documentCollection' | 'documentId' | 'revision'>,
) => `${event.documentCollection}/${event.documentId}#${event.revision}`
