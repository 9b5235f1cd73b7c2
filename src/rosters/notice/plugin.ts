import type { CollectionConfig, Plugin } from 'payload'

import { addParts, appendCollectionHooks } from '@/plugins/appendHooks'
import { registerFeatureAction } from '@/workflow/featureActions'
import { registerTransitionGuard } from '@/workflow/guards'
import { RELEASES } from '@/workflow/stages'

import { AwardNotices } from './collection'
import { awardNoticesField, recipientNoticeFields, releaseNoticeField } from './fields'
import { followNoticeOnWrite, noticeGuard, recordReleaseNotice } from './publish'
import { noticeConfirmTask } from './task'
import { withdrawFromNotice } from './withdraw'

const NOTICE_COLUMNS = ['noticeStatus', 'noticeEndsAt']

/** The recipients' list shows the notice beside the stage (before `_status`). */
const withNoticeColumns = (columns: string[] | undefined): string[] => {
  const list = (columns ?? []).filter((column) => !NOTICE_COLUMNS.includes(column))
  const at = list.indexOf('workflowStage')
  return at === -1
    ? [...list, ...NOTICE_COLUMNS]
    : [...list.slice(0, at), ...NOTICE_COLUMNS, ...list.slice(at)]
}

const withFields = (collection: CollectionConfig): CollectionConfig => {
  switch (collection.slug) {
    case RELEASES:
      return { ...collection, fields: [...collection.fields, releaseNoticeField] }
    case 'award-recipients':
      return {
        ...collection,
        admin: {
          ...collection.admin,
          defaultColumns: withNoticeColumns(collection.admin?.defaultColumns),
        },
        fields: [...collection.fields, ...recipientNoticeFields],
      }
    case 'awards':
      return {
        ...collection,
        fields: [...collection.fields, awardNoticesField],
        // The notices are written when recipients are published or confirmed, and announced as
        // those recipients' changes: the delivery cache drops awards' answers with them.
        custom: {
          ...collection.custom,
          deliveryCacheDependsOn: [
            ...((collection.custom?.deliveryCacheDependsOn as string[] | undefined) ?? []),
            'award-recipients',
          ],
        },
      }
    default:
      return collection
  }
}

/**
 * 公示 of award rosters (docs/rosters.md#public-notice): the `notice` of a release, the notice
 * state of its recipients, the public `award-notices` (an award's `notices`), the job that
 * confirms a roster when its notice ends, and the `withdraw_from_notice` action. After
 * `releases()` and the rosters: it adds to their collections.
 */
export const awardNotice = (): Plugin => (config) => {
  let next = addParts(
    { ...config, collections: (config.collections ?? []).map(withFields) },
    { collections: [AwardNotices] },
  )
  next = appendCollectionHooks(next, ({ slug }) => slug === 'award-recipients', {
    beforeChange: [followNoticeOnWrite],
  })
  next = appendCollectionHooks(next, ({ slug }) => slug === RELEASES, {
    afterChange: [recordReleaseNotice],
  })
  next = registerTransitionGuard(next, noticeGuard)
  next = registerFeatureAction(next, withdrawFromNotice)
  return {
    ...next,
    jobs: { ...next.jobs, tasks: [...(next.jobs?.tasks ?? []), noticeConfirmTask] },
  }
}
