import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { inPublicationBatch } from '@/publication/effects'

import { invalidateStats } from './cache'

/**
 * Any save may publish, unpublish or change a published document (and which version is live is
 * not visible from `doc` alone after a draft save), so every save drops the cached counts:
 * counting again is a handful of small queries.
 */
export const invalidateStatsAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  // A publication batch drops them once, through its announcement (./effect.ts).
  if (!inPublicationBatch(req.context)) invalidateStats()
  return doc
}

export const invalidateStatsAfterDelete: CollectionAfterDeleteHook = ({ req }) => {
  if (!inPublicationBatch(req.context)) invalidateStats()
}

export const invalidateStatsAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  invalidateStats()
  return doc
}
