import type { Field, FieldAccess } from 'payload'
import { baseIDField } from 'payload'

import { reviewStateFieldComponents, stageFieldComponents } from './admin/config'
import { stageLabels, WORKFLOW_STAGES } from './stages'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)
// Only the workflow (which writes with access control off) and server-side code set these.
const nobody: FieldAccess = () => false

const userField = (
  name: string,
  label: { zh: string; en: string },
  admin?: { disableListColumn: boolean; disableListFilter: boolean },
): Field => ({ name, type: 'relationship', relationTo: 'users', label, admin })

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** Bookkeeping of the workflow: never offered as a list column or a list filter. */
const internal = { disableListColumn: true, disableListFilter: true }

/**
 * The fields every workflow collection gets: the stage (a filterable list column) and the review
 * state the rules read (authorship, this round's approvals, schedule, revision counter for the
 * audit chain). Readers of published content never see the review state.
 */
export const workflowFields = (collection: string): Field[] => [
  {
    name: 'workflowStage',
    type: 'select',
    label: { zh: '审核状态', en: 'Workflow stage' },
    options: WORKFLOW_STAGES.map((value) => ({ value, label: stageLabels[value] })),
    defaultValue: 'draft',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: stageFieldComponents,
      description: {
        zh: '通过审核流程（提交、审核、发布）改变。',
        en: 'Changed through the review workflow (submit, approve, publish).',
      },
    },
  },
  {
    name: 'workflow',
    type: 'group',
    interfaceName: 'WorkflowState',
    label: { zh: '审核信息', en: 'Review' },
    access: { read: staffOnly, create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true, components: reviewStateFieldComponents },
    fields: [
      userField('createdBy', { zh: '作者', en: 'Author' }),
      userField('lastEditedBy', { zh: '最后修改人', en: 'Last edited by' }),
      userField('submittedBy', { zh: '提交人', en: 'Submitted by' }),
      { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted at' } },
      userField('assignee', { zh: '指定审核人', en: 'Assigned reviewer' }),
      {
        name: 'requiredApprovals',
        type: 'number',
        label: { zh: '审核级数', en: 'Review levels' },
      },
      {
        name: 'approvals',
        type: 'array',
        label: { zh: '本轮审核', en: 'Approvals this round' },
        // The default table name of the versions copy runs past PostgreSQL's 63 characters.
        dbName: `${collection.replace(/-/g, '_')}_approvals`,
        admin: internal,
        fields: [
          userField('reviewer', { zh: '审核人', en: 'Reviewer' }, internal),
          { name: 'level', type: 'number', label: { zh: '级', en: 'Level' }, admin: internal },
          { name: 'approvedAt', type: 'date', label: { zh: '时间', en: 'At' }, admin: internal },
          // Declared only to keep the row id Payload adds out of the list's filters and columns;
          // Payload's own id field, as declaring `id` replaces it and with it the generated value
          // (without which every approval fails on NOT NULL).
          { ...baseIDField, admin: { ...internal, hidden: true } },
        ],
      },
      {
        name: 'publishAt',
        type: 'date',
        label: { zh: '定时发布', en: 'Scheduled publish' },
        admin: dateTime,
      },
      {
        name: 'unpublishAt',
        type: 'date',
        label: { zh: '定时下线', en: 'Scheduled unpublish' },
        admin: dateTime,
      },
      {
        // How many history records this document has: each new one must take the next number.
        name: 'revision',
        type: 'number',
        label: { zh: '修订序号', en: 'Revision' },
        defaultValue: 0,
        admin: { ...internal, hidden: true },
      },
    ],
  },
]
