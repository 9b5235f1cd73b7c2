import type { Payload } from 'payload'

import type { BuiltInContentSlug } from '@/content/registry'

/**
 * Set on every seed write, so hooks can skip their side effects (webhooks, cache purges, history
 * entries written as a user) through `req.context.isSeeding`.
 */
export const SEED_CONTEXT = { isSeeding: true }

/** The collections whose documents go through the editorial workflow (src/content/registry.ts). */
export type WorkflowSlug = BuiltInContentSlug

/**
 * The one place the seed publishes: every demo document is created as a draft and published
 * here, so the workflow can route this through its own publish path without touching the content.
 * Stage and status change together, as ARCHITECTURE.md "Workflow" requires.
 */
export const publishDemoDocument = async (
  payload: Payload,
  collection: WorkflowSlug,
  id: string,
): Promise<void> => {
  await payload.update({
    collection,
    id,
    data: { _status: 'published', workflowStage: 'published' },
    // Seeding acts as the system, not as a user: there is nobody to check access for.
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
}

/** The other half: a demo draft left in the review queue, submitted and waiting for a reviewer. */
export const submitDemoDraftForReview = async (
  payload: Payload,
  collection: WorkflowSlug,
  id: string,
): Promise<void> => {
  await payload.update({
    collection,
    id,
    // `draft: true` keeps the English written as a draft in the working copy.
    draft: true,
    data: { workflowStage: 'in_review' },
    // Seeding acts as the system, not as a user: there is nobody to check access for.
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
}
