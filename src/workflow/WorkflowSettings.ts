import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { navGroups } from '@/admin/groups'
import { hiddenUnlessAdmin } from '@/admin/hiddenUnlessAdmin'
import { WORKFLOW_GLOBAL_ENTRIES } from '@/content/registry'
import { reviewLevelFields, validateReviewLevels } from '@/workflow/settings'
import {
  collectionLabels,
  DEFAULT_REVIEW_LEVELS,
  MAX_REVIEW_LEVELS,
  WORKFLOW_COLLECTIONS,
} from '@/workflow/stages'

/** How many reviewers (三审: up to three, each a different person) approve before publication. */
export const WorkflowSettings: GlobalConfig<'workflow-settings'> = {
  slug: 'workflow-settings',
  label: { zh: '审核设置', en: 'Review settings' },
  admin: { group: navGroups.system, hidden: hiddenUnlessAdmin },
  access: {
    read: isStaff,
    update: isAdmin,
  },
  graphQL: { name: 'WorkflowSettings' },
  fields: [
    {
      name: 'reviewLevels',
      type: 'group',
      label: { zh: '审核级数', en: 'Review levels' },
      admin: {
        description: {
          zh: `每篇稿件须经几位不同的审核员通过（1 至 ${MAX_REVIEW_LEVELS} 级）。修改只影响之后提交的稿件。`,
          en: `How many different reviewers approve a submission (1 to ${MAX_REVIEW_LEVELS}). Applies to submissions made after the change.`,
        },
      },
      fields: [
        ...WORKFLOW_COLLECTIONS.map((collection) => ({
          name: reviewLevelFields[collection],
          type: 'number' as const,
          label: collectionLabels[collection],
          defaultValue: DEFAULT_REVIEW_LEVELS[collection],
          min: 1,
          max: MAX_REVIEW_LEVELS,
          validate: validateReviewLevels,
          admin: { step: 1 },
        })),
        ...WORKFLOW_GLOBAL_ENTRIES.map((entry) => ({
          name: entry.settingsField,
          type: 'number' as const,
          label: entry.labels,
          defaultValue: entry.reviewLevels,
          min: 1,
          max: MAX_REVIEW_LEVELS,
          validate: validateReviewLevels,
          admin: { step: 1 },
        })),
        {
          // No default: a release needs what its items need unless this asks for more.
          name: 'releases',
          type: 'number',
          label: collectionLabels.releases,
          min: 1,
          max: MAX_REVIEW_LEVELS,
          validate: validateReviewLevels,
          admin: {
            step: 1,
            description: {
              zh: '发布批次至少需要的审核级数；批次实际需要的是它和批次中各类稿件审核级数的最大值。',
              en: 'The least a release needs; a release needs the most of this and its items’ collections.',
            },
          },
        },
      ],
    },
  ],
}
