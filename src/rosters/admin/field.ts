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
