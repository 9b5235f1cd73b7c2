import type { CollectionConfig, FieldAccess } from 'payload'

import { navGroups } from '@/admin/groups'

import { WORKFLOW_TARGETS } from '../stages'
import { isAuthorOfOpenComment } from './access/isAuthorOfOpenComment'
import { isCommentAuthorOrResolver } from './access/isCommentAuthorOrResolver'
import { isStaffAccount } from './access/isStaffAccount'
import { applyCommentRules } from './hooks/applyCommentRules'
import { checkMentions } from './hooks/checkMentions'
import { keepRecordedComments } from './hooks/keepRecordedComments'
import { notifyMentions } from './hooks/notifyMentions'
import { placeComment } from './hooks/placeComment'

// The history's list cells: the collection's name, and the document's title linked to it.
const historyCell = (name: string) => `@/workflow/admin/history/HistoryCells#${name}`

/** Set by the server (from the document, the user and the round), never by a client. */
const bySystem: FieldAccess = () => false

export const REVIEW_COMMENTS = 'review-comments' as const

export const MAX_BODY_LENGTH = 2000
export const MAX_PASSAGE_LENGTH = 500

/**
 * Review comments (审核意见): a reviewer's or colleague's remark on a document under review, on
 * one field or a quoted passage, with @mentions of staff. Each belongs to the review round it was
 * made in (`round`: the revision of the submission's history record); a request for changes may
 * cite the open ones of its round (`comments` on `request_changes`). Staff read them all, as they
 * read every document; the rules for writing them are in docs/workflow.md#review-comments.
 */
export const ReviewComments: CollectionConfig<'review-comments'> = {
  slug: REVIEW_COMMENTS,
  labels: {
    singular: { zh: '审核意见', en: 'Review comment' },
    plural: { zh: '审核意见', en: 'Review comments' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'body',
    defaultColumns: ['body', 'documentId', 'fieldPath', 'author', 'resolved', 'createdAt'],
    listSearchableFields: ['body', 'passage'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: isStaffAccount,
    create: isStaffAccount,
    update: isCommentAuthorOrResolver,
    delete: isAuthorOfOpenComment,
  },
  hooks: {
    beforeValidate: [checkMentions],
    beforeChange: [placeComment, applyCommentRules],
    afterChange: [notifyMentions],
    beforeDelete: [keepRecordedComments],
  },
  fields: [
    {
      name: 'documentCollection',
      type: 'select',
      label: { zh: '集合', en: 'Collection' },
      options: [...WORKFLOW_TARGETS],
      required: true,
      index: true,
      access: { update: bySystem },
      admin: { components: { Cell: historyCell('HistoryCollectionCell') } },
    },
    {
      // A workflow global is addressed by its slug (`documentCollection: "globals"`).
      name: 'documentId',
      type: 'text',
      label: { zh: '文档', en: 'Document' },
      required: true,
      index: true,
      access: { update: bySystem },
      admin: { components: { Cell: historyCell('HistoryDocumentCell') } },
    },
    {
      name: 'round',
      type: 'number',
      label: { zh: '审核轮次', en: 'Review round' },
      admin: {
        readOnly: true,
        description: {
          zh: '开启本轮审核的提交记录的版次',
          en: 'The revision of the submission that opened the round',
        },
      },
      access: { create: bySystem, update: bySystem },
    },
    {
      name: 'revision',
      type: 'number',
      label: { zh: '文档版次', en: 'Document revision' },
      admin: { readOnly: true, disableListColumn: true, disableListFilter: true },
      access: { create: bySystem, update: bySystem },
    },
    {
      // A top-level field of the document (`content`, `title`); a nested path starts with one.
      name: 'fieldPath',
      type: 'text',
      label: { zh: '字段', en: 'Field' },
      maxLength: 200,
    },
    {
      name: 'passage',
      type: 'textarea',
      label: { zh: '引用原文', en: 'Quoted passage' },
      maxLength: MAX_PASSAGE_LENGTH,
    },
    {
      name: 'body',
      type: 'textarea',
      label: { zh: '意见', en: 'Comment' },
      required: true,
      maxLength: MAX_BODY_LENGTH,
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { zh: '提到的人', en: 'Mentions' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '作者', en: 'Author' },
      index: true,
      admin: { readOnly: true },
      access: { create: bySystem, update: bySystem },
    },
    {
      // The document's author when the comment was made: may resolve it (and so may update it).
      name: 'documentAuthor',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '稿件作者', en: 'Document author' },
      index: true,
      admin: { readOnly: true, disableListColumn: true },
      access: { create: bySystem, update: bySystem },
    },
    {
      name: 'resolved',
      type: 'checkbox',
      label: { zh: '已解决', en: 'Resolved' },
      defaultValue: false,
      index: true,
      access: { create: bySystem },
    },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '解决人', en: 'Resolved by' },
      admin: { readOnly: true },
      access: { create: bySystem, update: bySystem },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: { zh: '解决时间', en: 'Resolved at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { create: bySystem, update: bySystem },
    },
  ],
  timestamps: true,
}
