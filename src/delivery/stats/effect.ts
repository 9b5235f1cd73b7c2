import type { PublicationEffect } from '@/publication/effects'

import { invalidateStats } from './cache'
import { COUNTED_COLLECTIONS } from './counted'

export const statsPublicationEffect: PublicationEffect = {
  name: 'stats',
  run: async (_req, { changes }) => {
    if (changes.some(({ collection }) => COUNTED_COLLECTIONS.includes(collection))) {
      invalidateStats()
    }
  },
}
