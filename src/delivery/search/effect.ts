import type { PublicationEffect } from '@/publication/effects'

import { logIndexFailure } from './hooks'
import { removeSearchEntry, syncSearchEntry } from './indexEntry'
import { isSearchableSlug } from './sources'

/** Brings the index in line with each announced change: the live version, or nothing. */
export const searchPublicationEffect: PublicationEffect = {
  name: 'search',
  run: async (req, { changes }) => {
    for (const { collection, id, change } of changes) {
      if (!isSearchableSlug(collection)) continue
      try {
        if (change === 'delete') await removeSearchEntry(req, collection, id)
        else await syncSearchEntry(req, collection, id)
      } catch (error) {
        logIndexFailure(req, `index ${collection}/${id}`, error)
      }
    }
  },
}
