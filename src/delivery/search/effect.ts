import type { PublicationEffect } from '@/publication/effects'

import { logIndexFailure } from './hooks'
import { removeSearchEntry, syncSearchEntries } from './indexEntry'
import type { SearchableSlug } from './sources'
import { isSearchableSlug } from './sources'

/**
 * Brings the index in line with each announced change: the live version, or nothing. The changes
 * of one collection are brought in together (a release announces hundreds at once).
 */
export const searchPublicationEffect: PublicationEffect = {
  name: 'search',
  run: async (req, { changes }) => {
    const changed = new Map<SearchableSlug, string[]>()
    for (const { collection, id, change } of changes) {
      if (!isSearchableSlug(collection)) continue
      if (change !== 'delete') {
        changed.set(collection, [...(changed.get(collection) ?? []), id])
        continue
      }
      try {
        await removeSearchEntry(req, collection, id)
      } catch (error) {
        logIndexFailure(req, `index ${collection}/${id}`, error)
      }
    }
    for (const [collection, ids] of changed) {
      try {
        await syncSearchEntries(req, collection, ids)
      } catch (error) {
        logIndexFailure(req, `index ${collection}/${ids.join(', ')}`, error)
      }
    }
  },
}
