import type { Field } from 'payload'

/**
 * 导入获奖名单 on the award's edit view, below its fields. A `ui` field: it stores nothing and adds
 * nothing to the API, types or GraphQL schema. Resolved through the generated import map.
 */
export const rosterImportField = (): Field => ({
  name: 'rosterImport',
  type: 'ui',
  admin: {
    components: { Field: '@/rosters/admin/RosterImport#RosterImport' },
    disableListColumn: true,
  },
})

const RECIPIENTS_FIELD = '@/rosters/admin/RecipientsJoinField#RecipientsJoinField'

/**
 * The award's `recipients` join with a list that follows 导入获奖名单: drawn anew after an import
 * into this award. Admin only: the field's data and API stay Payload's own.
 */
export const withRecipientsRefresh = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'join' && field.name === 'recipients'
      ? {
          ...field,
          admin: {
            ...field.admin,
            components: { ...field.admin?.components, Field: RECIPIENTS_FIELD },
          },
        }
      : field,
  )
