import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { WorkflowSlug } from './publish'
import { SEED_CONTEXT, publishDemoDocument, submitDemoDraftForReview } from './publish'

/** `published` for what readers see; `review` leaves a draft in the review queue. */
export type DemoStage = 'published' | 'review'

type Data<TSlug extends CollectionSlug> = Omit<RequiredDataFromCollectionSlug<TSlug>, 'slug'>

/** One demo document: Chinese first, the English of its localized fields where written. */
export type DemoDocument<TSlug extends CollectionSlug> = {
  /** The stable key: the seed finds the document by this slug and creates it only when missing. */
  slug: string
  zh: Data<TSlug>
  en?: Partial<Data<TSlug>>
  /** Workflow collections only; `published` when left out. */
  stage?: DemoStage
}

/** `isInReview`: created now and submitted for review (see submitDemoDraftForReview). */
export type EnsureResult = { id: string; isCreated: boolean; isInReview?: boolean }

const isWorkflowCollection = (payload: Payload, collection: CollectionSlug) =>
  Boolean(payload.collections[collection].config.versions?.drafts)

/**
 * Finds the document with the demo slug, or creates it (Chinese, then English, then publishes or
 * queues it for review). An existing document is left exactly as it is, whoever changed it.
 */
export const ensureDocument = async <TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  { slug, zh, en, stage = 'published' }: DemoDocument<TSlug>,
): Promise<EnsureResult> => {
  // Seeding acts as the system, not as a user: access control has nobody to check, and the
  // lookup must see drafts too, or a second run would create them again.
  const access = { overrideAccess: true, context: SEED_CONTEXT, depth: 0 } as const
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    ...access,
  })
  if (docs[0]) return { id: String(docs[0].id), isCreated: false }

  const isWorkflow = isWorkflowCollection(payload, collection)
  // Created as a draft whatever its stage: publishing is publishDemoDocument's job alone.
  const data = { ...zh, slug, ...(isWorkflow ? { _status: 'draft' } : {}) }
  const created = await payload.create({
    collection,
    data: data as RequiredDataFromCollectionSlug<TSlug>,
    locale: 'zh',
    ...access,
  })
  const id = String(created.id)
  if (en) {
    await payload.update({
      collection,
      id,
      // As a draft, like any edit before publication: Payload checks required fields per locale,
      // and an English body that is meant to fall back to Chinese would fail that check. Publishing
      // then takes the latest draft and validates it in the default locale.
      draft: isWorkflow,
      // The content files type `en` per collection; over a generic slug TypeScript cannot relate
      // it to update's deep-partial data type.
      data: en as never,
      locale: 'en',
      ...access,
    })
  }
  if (isWorkflow) {
    const workflowCollection = collection as WorkflowSlug
    if (stage === 'published') await publishDemoDocument(payload, workflowCollection, id)
    else {
      const isInReview = await submitDemoDraftForReview(payload, workflowCollection, id)
      return { id, isCreated: true, isInReview }
    }
  }
  return { id, isCreated: true }
}
