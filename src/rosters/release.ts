import type { PayloadRequest } from 'payload'

import type { ItemRef, ReleaseSummary } from '@/workflow/releases/membership'
import { openReleases, sameItem } from '@/workflow/releases/membership'
import type { WorkflowCollectionSlug } from '@/workflow/stages'

import type { RosterIssue, Translate } from './parseRoster'

const COLLECTION = 'award-recipients' as const

export type RosterReleasePlan = {
  title: string
  /** This roster's release from an earlier import, still a draft: it is reused, not doubled. */
  reusable: ReleaseSummary | null
}

const itemOf = (id: string) => ({ collection: COLLECTION, id }) satisfies ItemRef

/**
 * Where an import's recipients go: one release named for the award and year (发布批次). A
 * re-import adds to the roster's release while that is still a draft, so importing the same sheet
 * twice leaves one release. A recipient that another open release already holds cannot join this
 * one (a document belongs to one open release at a time): that row is an issue, found before
 * anything is written.
 */
export const planRosterRelease = async (
  req: PayloadRequest,
  title: string,
  existing: { row: number; id: string; name: string }[],
  t: Translate,
): Promise<{ release: RosterReleasePlan; issues: RosterIssue[] }> => {
  const open = await openReleases(req)
  const reusable =
    open.find((release) => release.title === title && release.workflowStage === 'draft') ?? null
  const issues = existing.flatMap(({ row, id, name }) => {
    const holder = open.find(
      (release) =>
        release.id !== reusable?.id && release.items.some((item) => sameItem(item, itemOf(id))),
    )
    if (!holder) return []
    return [
      { row, column: null, message: t('inOtherRelease', { row, name, release: holder.title }) },
    ]
  })
  return { release: { title, reusable }, issues }
}

/**
 * The last step of an import, inside its transaction: the roster's release gets every recipient
 * of the sheet (in sheet order, after those it already had). Written as the importing person, so
 * the releases collection's own rules apply.
 */
export const writeRosterRelease = async (
  req: PayloadRequest,
  { title, reusable }: RosterReleasePlan,
  recipientIds: string[],
): Promise<{ id: string }> => {
  // The release's documents (`items`); the globals it may also carry stay in its `globals`.
  const held = (reusable?.items ?? []).filter(
    (item): item is { collection: WorkflowCollectionSlug; id: string } =>
      item.collection !== 'globals',
  )
  const added = recipientIds.map(itemOf).filter((item) => !held.some((h) => sameItem(h, item)))
  const items = [...held, ...added].map(({ collection, id }) => ({
    relationTo: collection,
    value: id,
  }))
  const options = { depth: 0, user: req.user, overrideAccess: false, req } as const
  if (reusable) {
    if (added.length > 0) {
      await req.payload.update({
        collection: 'releases',
        id: reusable.id,
        data: { items },
        ...options,
      })
    }
    return { id: reusable.id }
  }
  const created = await req.payload.create({
    collection: 'releases',
    data: { title, items },
    ...options,
  })
  return { id: String(created.id) }
}
