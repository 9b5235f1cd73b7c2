import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { isProduction } from '@/env'
import type { User } from '@/payload-types'
import { performTransition } from '@/workflow/transition'

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
 * Stage and status change together, as docs/workflow.md requires.
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

/** The first editor account: the demo drafts' author, as an editor would have written them. */
const demoEditor = async (payload: Payload): Promise<null | User> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'editor' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * The other half: a demo draft left in the review queue, submitted through the workflow by an
 * editor, so it has an author, a submitter and its first history record like any other. Outside
 * development (or before any editor exists) it stays a draft: demo content never claims a real
 * person wrote or submitted it. Resolves to whether it was submitted.
 */
export const submitDemoDraftForReview = async (
  payload: Payload,
  collection: WorkflowSlug,
  id: string,
): Promise<boolean> => {
  const editor = isProduction() ? null : await demoEditor(payload)
  if (!editor) return false
  await payload.update({
    collection,
    id,
    // `draft: true` keeps the English written as a draft in the working copy.
    draft: true,
    data: { workflow: { createdBy: editor.id, lastEditedBy: editor.id } },
    // The review state is the workflow's own; seeding sets the author as the system.
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
  await performTransition(
    req,
    { kind: 'user', id: String(editor.id), roles: editor.roles ?? [] },
    { collection, id, action: 'submit' },
  )
  return true
}
