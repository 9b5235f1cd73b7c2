import type { CollectionAfterChangeHook } from 'payload'

import { createNotifications } from '@/notifications/inApp'
import type { ReviewComment } from '@/payload-types'

import { idOf } from '../../documents'
import { documentTitle } from '../../notifications/queue'
import type { WorkflowTargetSlug } from '../../stages'
import { collectionLabels } from '../../stages'

/**
 * Each staff account a comment mentions is told in the bell (`mentioned`), once: when the comment
 * is written, and on an edit only those newly mentioned. Nobody is told of their own mention.
 */
export const notifyMentions: CollectionAfterChangeHook<ReviewComment> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const mentioned = (doc.mentions ?? []).map((user) => idOf(user))
  const before = new Set(
    operation === 'update' ? (previousDoc?.mentions ?? []).map((user) => idOf(user)) : [],
  )
  const author = idOf(doc.author)
  const recipients = mentioned.filter(
    (id): id is string => Boolean(id) && !before.has(id) && id !== author,
  )
  // Without the bell (the notifications feature is not installed) nobody is told.
  if (recipients.length === 0 || !req.payload.collections.notifications) return doc
  const collection = doc.documentCollection as WorkflowTargetSlug
  await createNotifications(req, {
    recipients,
    kind: 'mentioned',
    document: {
      collection,
      id: doc.documentId,
      title: await documentTitle(req, collection, doc.documentId),
    },
    collectionLabel: collectionLabels[collection]?.zh ?? collection,
    actor: author,
    actorName: req.user?.name ?? null,
    step: { comment: doc.body },
  })
  return doc
}
