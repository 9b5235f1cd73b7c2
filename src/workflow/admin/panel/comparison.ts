import type { GlobalSlug, PayloadRequest, Where } from 'payload'

import type { WorkflowEvent } from '@/payload-types'

import type { WorkflowTargetSlug, WorkflowStage } from '../../stages'
import { GLOBALS } from '../../stages'
import type { PanelComparison } from './types'

/** The newest version of the document that matches `where`, read as the logged-in user. */
const newestVersionId = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  { sort, where }: { sort: string; where?: Where },
): Promise<null | string> => {
  const query = {
    depth: 0,
    limit: 1,
    pagination: false,
    sort,
    overrideAccess: false,
    user: req.user,
    req,
  } as const
  const { docs } =
    collection === GLOBALS
      ? await req.payload.findGlobalVersions({ ...query, slug: id as GlobalSlug, where })
      : await req.payload.findVersions({
          ...query,
          collection,
          where: { and: [{ parent: { equals: id } }, ...(where ? [where] : [])] },
        })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * What a reviewer compares the draft under review with, in Payload's own version comparison: the
 * live version, or for a document never published (or taken down) the last approved text that
 * differs from the draft. A review step writes no version (it is written in place on the latest
 * one, whose `createdAt` it keeps), so the text an approval was given to is the newest version
 * created before that approval. Null outside a round, for editors, and when there is nothing to
 * compare with (a first submission).
 */
export const loadComparison = async (
  req: PayloadRequest,
  collection: WorkflowTargetSlug,
  id: string,
  {
    history,
    isLive,
    stage,
  }: { history: readonly WorkflowEvent[]; isLive: boolean; stage: WorkflowStage },
): Promise<null | PanelComparison> => {
  const roles = req.user?.roles ?? []
  const isReviewer = roles.includes('reviewer') || roles.includes('admin')
  if (!isReviewer || (stage !== 'in_review' && stage !== 'approved')) return null
  const versionId = await newestVersionId(req, collection, id, { sort: '-updatedAt' })
  if (!versionId) return null
  if (isLive) {
    const liveId = await newestVersionId(req, collection, id, {
      sort: '-createdAt',
      where: { 'version._status': { equals: 'published' } },
    })
    return liveId && liveId !== versionId
      ? { versionId, baseVersionId: liveId, base: 'live' }
      : null
  }
  const approvals = history.filter((event) => event.toStage === 'approved').reverse()
  for (const approval of approvals) {
    const approvedId = await newestVersionId(req, collection, id, {
      sort: '-createdAt',
      where: { createdAt: { less_than_equal: approval.occurredAt } },
    })
    if (approvedId && approvedId !== versionId) {
      return { versionId, baseVersionId: approvedId, base: 'approved' }
    }
  }
  return null
}
