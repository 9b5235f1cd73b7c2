import type { Payload, ServerProps, TypedUser } from 'payload'
import { createLocalReq } from 'payload'
import React from 'react'

import type { QueueCounts } from './loadQueue'
import { countTabs, loadQueueItems } from './loadQueue'
import { ReviewQueueNavLinkClient } from './ReviewQueueNavLinkClient'

/**
 * The counts being read, by account and locale. A page render can ask for the navigation more
 * than once at the same time (an edit view does); those share one read of the queue. Only reads
 * in flight are shared: the next page reads again, so the counts follow each transition.
 */
const reading = new Map<string, Promise<QueueCounts>>()

const queueCounts = (payload: Payload, user: TypedUser, locale: string | undefined) => {
  const key = `${user.collection}:${user.id}:${locale ?? ''}`
  const pending = reading.get(key)
  if (pending) return pending
  const counts = (async () => {
    // The navigation hands its components no request; one is made for the logged-in user.
    const req = await createLocalReq({ user, locale }, payload)
    const { items } = await loadQueueItems(req)
    return countTabs(items)
  })().finally(() => reading.delete(key))
  reading.set(key, counts)
  return counts
}

/**
 * The navigation's link to 待审核 with its two counts, read as the logged-in user whenever the
 * admin renders the navigation (every page), so the counts follow each transition.
 */
export const ReviewQueueNavLink = async ({ payload, user, locale }: ServerProps) => {
  if (!user || !payload) return null
  const counts = await queueCounts(payload as Payload, user as TypedUser, locale?.code)
  return <ReviewQueueNavLinkClient counts={counts} />
}
