import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { navGroups } from '@/admin/groups'
import {
  actionLabels,
  RECORDED_ACTIONS,
  stageLabels,
  WORKFLOW_TARGETS,
  WORKFLOW_STAGES,
} from '@/workflow/stages'

import { appendOnlyChange, appendOnlyOperation, neverDelete } from './hooks/appendOnly'

const historyCell = (name: string) => `@/workflow/admin/history/HistoryCells#${name}`

const stageOptions = WORKFLOW_STAGES.map((value) => ({ value, label: stageLabels[value] }))

/**
 * The review history: one record per transition, append-only, chained by hash in `sequence`
 * order (src/workflow/audit). People are stored as ids and names, not relationships, so deleting
 * an account never rewrites a record.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  labels: {
    singular: { zh: '审核记录', en: 'Review event' },
    plural: { zh: '审核记录', en: 'Review history' },
  },
  admin: {
    group: navGroups.system,
    defaultColumns: [
      'sequence',
      'occurredAt',
      'documentCollection',
      'documentId',
      'action',
      'toStage',
      'actorName',
    ],
    listSearchableFields: ['documentId', 'actorName', 'comment'],
  },
  defaultSort: '-sequence',
  disableDuplicate: true,
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeOperation: [appendOnlyOperation],
    beforeChange: [appendOnlyChange],
    beforeDelete: [neverDelete],
  },
  fields: [
    {
      // The chain's order: 1, 2, 3, ... with no gaps, across all documents.
      name: 'sequence',
      type: 'number',
      label: { zh: '序号', en: 'Sequence' },
      required: true,
      unique: true,
    },
    {
      name: 'documentCollection',
      type: 'select',
      label: { zh: '集合', en: 'Collection' },
      options: [...WORKFLOW_TARGETS],
      required: true,
      index: true,
      admin: { components: { Cell: historyCell('HistoryCollectionCell') } },
    },
    {
      name: 'documentId',
      type: 'text',
      label: { zh: '文档', en: 'Document' },
      required: true,
      index: true,
      admin: { components: { Cell: historyCell('HistoryDocumentCell') } },
    },
    {
      // The document's own count of records: two writers claiming the same one cannot both win.
      name: 'revision',
      type: 'number',
      label: { zh: '文档版次', en: 'Document revision' },
      required: true,
    },
    {
      name: 'revisionKey',
      type: 'text',
      label: { zh: '修订键', en: 'Revision key' },
      required: true,
      unique: true,
      admin: { hidden: true },
    },
    {
      name: 'action',
      type: 'select',
      label: { zh: '操作', en: 'Action' },
      options: RECORDED_ACTIONS.map((value) => ({ value, label: actionLabels[value] })),
      required: true,
    },
    {
      name: 'fromStage',
      type: 'select',
      label: { zh: '原状态', en: 'From' },
      options: stageOptions,
    },
    {
      name: 'toStage',
      type: 'select',
      label: { zh: '新状态', en: 'To' },
      options: stageOptions,
      required: true,
    },
    { name: 'actor', type: 'text', label: { zh: '操作人 ID', en: 'Actor id' }, index: true },
    { name: 'actorName', type: 'text', label: { zh: '操作人', en: 'Actor' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    { name: 'reviewLevel', type: 'number', label: { zh: '审核级', en: 'Review level' } },
    {
      // A document published or taken down with a release: the release's id.
      name: 'release',
      type: 'text',
      label: { zh: '发布批次 ID', en: 'Release id' },
      index: true,
    },
    { name: 'assignee', type: 'text', label: { zh: '指定审核人 ID', en: 'Assignee id' } },
    { name: 'publishAt', type: 'date', label: { zh: '定时发布', en: 'Publish at' } },
    { name: 'unpublishAt', type: 'date', label: { zh: '定时下线', en: 'Unpublish at' } },
    {
      name: 'occurredAt',
      type: 'date',
      label: { zh: '时间', en: 'Time' },
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The blocking compliance findings a final-level reviewer passed (with the comment).
      name: 'complianceOverride',
      type: 'json',
      label: { zh: '内容安全放行', en: 'Compliance override' },
      admin: { components: { Field: '@/admin/ReadOnlyJson#ReadOnlyJson' } },
      typescriptSchema: [
        () => ({
          type: 'object',
          additionalProperties: false,
          required: ['findings'],
          properties: {
            findings: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['term', 'kind', 'path', 'locale', 'text'],
                properties: {
                  term: { type: 'string' },
                  kind: { type: 'string' },
                  path: { type: 'string' },
                  locale: { type: ['string', 'null'] },
                  text: { type: 'string' },
                },
              },
            },
          },
        }),
      ],
    },
    {
      // The review comments a request for changes pointed at (ids in `review-comments`).
      name: 'reviewComments',
      type: 'json',
      label: { zh: '引用的审核意见', en: 'Review comments cited' },
      admin: { components: { Field: '@/admin/ReadOnlyJson#ReadOnlyJson' } },
      typescriptSchema: [() => ({ type: 'array', items: { type: 'string' } })],
    },
    {
      name: 'prevHash',
      type: 'text',
      label: { zh: '前一条哈希', en: 'Previous hash' },
      required: true,
    },
    { name: 'hash', type: 'text', label: { zh: '哈希', en: 'Hash' }, required: true },
  ],
  timestamps: true,
}
