import type { Payload, ServerProps } from 'payload'
import { createLocalReq } from 'payload'
import React from 'react'

import { countTabs, loadQueueItems } from './loadQueue'
import { ReviewQueueNavLinkClient } from './ReviewQueueNavLinkClient'

/**
 * The navigation's link to 待审核 with its two counts, read as the logged-in user whenever the
 * admin renders the navigation (every page), so the counts follow each transition.
 */
export const ReviewQueueNavLink = async ({ payload, user, locale }: ServerProps) => {
  if (!user || !payload) return null
  // The navigation hands its components no request; one is made for the logged-in user.
  const req = await createLocalReq({ user, locale: locale?.code }, payload as Payload)
  const { items } = await loadQueueItems(req)
  return <ReviewQueueNavLinkClient counts={countTabs(items)} />
}
