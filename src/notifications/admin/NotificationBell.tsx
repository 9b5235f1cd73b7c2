import type { Payload, ServerProps } from 'payload'
import React from 'react'

import type { BellItem } from './NotificationBellClient'
import { NotificationBellClient } from './NotificationBellClient'

const SHOWN = 20

/**
 * The bell in the admin header: the logged-in user's unread count and latest notifications, read
 * with their own access (`isRecipient`) whenever the admin renders the header, so the count
 * follows each page load and each refresh after marking read.
 */
export const NotificationBell = async ({ payload, user }: ServerProps) => {
  if (!user || !payload) return null
  const local = payload as Payload
  const [latest, unread] = await Promise.all([
    local.find({
      collection: 'notifications',
      sort: '-createdAt',
      limit: SHOWN,
      depth: 0,
      user,
      overrideAccess: false,
    }),
    local.count({
      collection: 'notifications',
      where: { readAt: { exists: false } },
      user,
      overrideAccess: false,
    }),
  ])
  const items: BellItem[] = latest.docs.map((doc) => ({
    id: String(doc.id),
    kind: doc.kind,
    summary: doc.summary,
    actorName: doc.actorName ?? null,
    document: {
      collection: doc.documentCollection ?? '',
      id: doc.documentId ?? '',
      title: doc.documentTitle ?? '',
    },
    createdAt: doc.createdAt,
    isRead: Boolean(doc.readAt),
  }))
  return <NotificationBellClient items={items} unread={unread.totalDocs} />
}
