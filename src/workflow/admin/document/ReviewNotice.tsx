import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { panelTarget } from '../target'
import type { ChangeRequest } from './ReviewNoticeClient'
import { ReviewNoticeClient } from './ReviewNoticeClient'

/**
 * The banner above a document's fields (a `ui` field): why the user cannot edit it now, or what
 * saving will do. A document sent back for changes shows the reviewer's comment here, where its
 * author starts working.
 */
export const ReviewNotice = async ({
  collectionSlug,
  data,
  field,
  id: documentId,
  req,
}: UIFieldServerProps) => {
  let changeRequest: ChangeRequest | null = null
  const target = panelTarget({ collectionSlug, field, id: documentId })
  if (target?.id && req.user) {
    const { collection, id } = target
    if ((data as { workflowStage?: unknown } | undefined)?.workflowStage === 'changes_requested') {
      const { docs } = await req.payload.find({
        collection: 'workflow-events',
        where: {
          and: [
            { documentCollection: { equals: collection } },
            { documentId: { equals: String(id) } },
            { action: { equals: 'request_changes' } },
          ],
        },
        sort: '-sequence',
        limit: 1,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
      const [event] = docs
      if (event) {
        changeRequest = {
          comment: event.comment ?? '',
          actorName: event.actorName ?? null,
          occurredAt: event.occurredAt,
        }
      }
    }
  }
  return <ReviewNoticeClient changeRequest={changeRequest} />
}
