import type { PublicationEffect } from '@/publication/effects'

import { slugOf } from './changes'
import { invalidateDelivered } from './generation'

/** One generation move per announcement, naming every document it changed. */
export const cachePublicationEffect: PublicationEffect = {
  name: 'delivery-cache',
  run: async (req, { changes }) => {
    await invalidateDelivered(
      req,
      changes.map(({ collection, id, doc }) => ({ collection, id, ...slugOf(doc) })),
    )
  },
}
