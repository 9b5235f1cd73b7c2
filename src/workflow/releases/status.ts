import type { PayloadRequest } from 'payload'

import type { WorkflowDocument } from '../documents'
import { loadWorkingCopy, stageOf } from '../documents'
import type { WorkflowStage } from '../stages'
import { itemTitle } from './items'
import { releaseItemRefs } from './membership'

export type ReleaseItemStatus = {
  collection: string
  id: string
  title: string
  /** Null when the item no longer exists (or this user may not read it). */
  workflowStage: null | WorkflowStage
  /** Whether it was saved since the release was last submitted; null before any submission. */
  changedSinceSubmit: boolean | null
}

type SnapshotRow = { collection?: string; id?: string; updatedAt?: null | string }

/** Each item of a release as `GET /api/workflow/releases/{id}` lists it, in the release's order. */
export const releaseItemsStatus = async (
  req: PayloadRequest,
  release: WorkflowDocument,
): Promise<ReleaseItemStatus[]> => {
  const snapshot = Array.isArray(release.submittedItems)
    ? (release.submittedItems as SnapshotRow[])
    : null
  const rows: ReleaseItemStatus[] = []
  for (const item of releaseItemRefs(release)) {
    const doc = await loadWorkingCopy(req, item.collection, item.id, { asUser: true })
    const seen = snapshot?.find((row) => row.collection === item.collection && row.id === item.id)
    rows.push({
      ...item,
      title: itemTitle(req, item, doc),
      workflowStage: doc ? stageOf(doc) : null,
      changedSinceSubmit: snapshot
        ? !seen || !doc || String(seen.updatedAt ?? '') !== String(doc.updatedAt ?? '')
        : null,
    })
  }
  return rows
}
