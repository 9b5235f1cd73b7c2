import type { CollectionConfig, FieldAccess } from 'payload'

import { isReviewerOrAdmin } from '@/access/isReviewerOrAdmin'
import { isStaff } from '@/access/isStaff'
import { isStaffWritingDraft } from '@/access/isStaffWritingDraft'
import { navGroups } from '@/admin/groups'
import { settings } from '@/env'

import type { WorkflowCollectionSlug } from '../stages'
import { RELEASES } from '../stages'
import { workflowCollection } from '../workflowCollection'
import { refuseItemsHeldElsewhere } from './membership'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)
// Only the workflow (access control off) writes the submit-time snapshot.
const nobody: FieldAccess = () => false

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * 发布批次: documents of any workflow collection (those of the configuration it is built for) reviewed and published as one. A release goes
 * through the same workflow (stages, endpoint, history) as a document; publishing it publishes
 * every item in one database transaction. Staff only: readers never see a release, only the
 * documents it published.
 */
export const releasesCollection = (
  itemCollections: WorkflowCollectionSlug[],
): CollectionConfig<'releases'> => ({
  ...workflowCollection({
    slug: RELEASES,
    labels: {
      singular: { zh: '发布批次', en: 'Release' },
      plural: { zh: '发布批次', en: 'Releases' },
    },
    admin: {
      group: navGroups.content,
      useAsTitle: 'title',
      defaultColumns: ['title', 'items', 'publishAt', 'updatedAt'],
      listSearchableFields: ['title', 'note'],
      description: {
        zh: '一组稿件一起审核、一起发布：要么全部上线，要么都不上线。',
        en: 'Documents reviewed and published together: all of them go live, or none does.',
      },
    },
    defaultSort: '-updatedAt',
    hooks: { beforeChange: [refuseItemsHeldElsewhere] },
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { zh: '标题', en: 'Title' },
        required: true,
        maxLength: 200,
      },
      { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' }, maxLength: 4000 },
      {
        name: 'items',
        type: 'relationship',
        label: { zh: '稿件', en: 'Items' },
        relationTo: itemCollections,
        hasMany: true,
        // At least as many as one roster import may gather into a release (ROSTER_MAX_ROWS).
        maxRows: Math.max(5000, settings().ROSTER_MAX_ROWS),
        admin: {
          description: {
            zh: '按顺序发布。一篇稿件同时只能属于一个未发布的批次。',
            en: 'Published in this order. A document belongs to at most one open release.',
          },
        },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'publishAt',
            type: 'date',
            label: { zh: '计划发布时间', en: 'Planned publish time' },
            admin: {
              ...dateTime,
              description: {
                zh: '发布时未另行指定时间则按此定时发布。',
                en: 'Used as the schedule when publish names no time of its own.',
              },
            },
          },
          {
            name: 'unpublishAt',
            type: 'date',
            label: { zh: '计划下线时间', en: 'Planned unpublish time' },
            admin: dateTime,
          },
        ],
      },
      {
        // Each item's `updatedAt` when the release was last submitted (or published): what the
        // reviewers saw, so the status can tell which items changed since.
        name: 'submittedItems',
        type: 'json',
        label: { zh: '提交时的稿件', en: 'Items at submission' },
        access: { read: staffOnly, create: nobody, update: nobody },
        admin: { hidden: true },
      },
    ],
  }),
  // Staff only, on every path (REST, GraphQL, versions): a release is internal planning.
  access: {
    read: isStaff,
    readVersions: isStaff,
    create: isStaffWritingDraft,
    update: isStaffWritingDraft,
    delete: isReviewerOrAdmin,
  },
})
