import type { CollectionConfig, CollectionSlug } from 'payload'

import { isReviewerOrAdmin } from '@/access/isReviewerOrAdmin'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'

export type WorkflowCollectionConfig<TSlug extends CollectionSlug> = Omit<
  CollectionConfig<TSlug>,
  'access' | 'versions'
>

/**
 * Every collection in the editorial workflow (ARCHITECTURE.md) is built through here, so what
 * they share is decided once: drafts and versions, and who may read, write and delete. The review
 * workflow (`workflowStage`, its state machine and endpoint) is added here, for all of them at once.
 */
export const workflowCollection = <TSlug extends CollectionSlug>(
  config: WorkflowCollectionConfig<TSlug>,
): CollectionConfig<TSlug> => ({
  ...config,
  access: {
    read: publishedOrStaff,
    // Versions hold drafts and past wording: staff only, whatever `read` allows.
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isReviewerOrAdmin,
  },
  // https://payloadcms.com/docs/versions/drafts
  versions: { drafts: true },
})
