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

/**
 * A compliance override as hashed: each finding's fields in a fixed order, so the hash does not
 * depend on how a database orders a JSON object's keys (PostgreSQL's jsonb sorts them).
 */
const overrideParts = (value: unknown): unknown[] => {
  const findings = (value as { findings?: unknown } | null)?.findings
  if (!Array.isArray(findings)) return []
  return [
    findings.map((finding: Record<string, unknown>) => [
      finding.term ?? null,
      finding.kind ?? null,
      finding.path ?? null,
      finding.locale ?? null,
      finding.text ?? null,
    ]),
  ]
}

/** The review comments a request for changes points at, in the order recorded. */
const commentParts = (value: unknown): unknown[] =>
  Array.isArray(value) && value.length > 0 ? [['reviewComments', value.map(String)]] : []

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
        // Only on records that have one, so the hashes of earlier records stay as they were.
        ...overrideParts(event.complianceOverride),
        // Tagged, so a list of comments can never hash like a compliance override.
        ...commentParts(event.reviewComments),
      ]),
    )
    .digest('hex')

export const revisionKeyOf = (
  event: Pick<ChainedEvent, 'documentCollection' | 'documentId' | 'revision'>,
) => `${event.documentCollection}/${event.documentId}#${event.revision}`
