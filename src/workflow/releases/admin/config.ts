import type { CollectionConfig, Field } from 'payload'

/** Components named by path, resolved through the generated import map. */
const component = (file: string, name: string) => `@/workflow/releases/admin/${file}#${name}`

/**
 * The release's items as a table with each one's stage, after the `items` field (a `ui` field:
 * it stores nothing and adds nothing to the API, types or GraphQL schema).
 */
export const withItemsTable = (release: CollectionConfig): CollectionConfig => {
  const table: Field = {
    name: 'releaseItemsTable',
    type: 'ui',
    admin: {
      components: { Field: component('ReleaseItemsField', 'ReleaseItemsField') },
      disableListColumn: true,
    },
  }
  const at = release.fields.findIndex((field) => 'name' in field && field.name === 'items')
  const fields = [...release.fields]
  fields.splice(at === -1 ? fields.length : at + 1, 0, table)
  return { ...release, fields }
}

/** 加入发布批次 above the table of a workflow collection's list view, for the selected rows. */
export const withAddToReleaseListAction = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      beforeListTable: [
        ...(collection.admin?.components?.beforeListTable ?? []),
        component('AddToReleaseListAction', 'AddToReleaseListAction'),
      ],
    },
  },
})
