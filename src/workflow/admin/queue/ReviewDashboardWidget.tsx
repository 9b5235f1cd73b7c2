import type { Payload, ServerProps } from 'payload'
import { createLocalReq } from 'payload'
import React from 'react'

import { loadQueue } from './loadQueue'
import { ReviewDashboardWidgetClient } from './ReviewDashboardWidgetClient'
import { loadGlobalStages, loadStageCounts } from './stageCounts'

const OLDEST_SHOWN = 5

/**
 * The dashboard's review overview (before the collection cards): documents per stage in each
 * workflow collection and the stage of each workflow global, and the ones waiting longest for a
 * reviewer.
 */
export const ReviewDashboardWidget = async ({ payload, user, locale }: ServerProps) => {
  if (!user || !payload) return null
  // The dashboard hands its components no request; one is made for the logged-in user.
  const req = await createLocalReq({ user, locale: locale?.code }, payload as Payload)
  const [counts, globalStages, queue] = await Promise.all([
    loadStageCounts(req),
    loadGlobalStages(req),
    loadQueue(req),
  ])
  return (
    <ReviewDashboardWidgetClient
      counts={counts}
      globalStages={globalStages}
      names={queue.names}
      oldest={queue.items.slice(0, OLDEST_SHOWN)}
      waitingTotal={queue.items.length}
    />
  )
}
