import type { PublicationEffect } from '@/publication/effects'

import { bumpGeneration } from './generation'
import { noteLocalChange } from './localInvalidation'

/** One generation move per announcement, however many documents it names. */
export const cachePublicationEffect: PublicationEffect = {
  name: 'delivery-cache',
  run: async (req) => {
    noteLocalChange(req.payload)
    await bumpGeneration(req)
  },
}
