import { isDeepStrictEqual } from 'node:util'

import type { FlattenedField, JsonObject } from 'payload'

/**
 * Whether the SQL adapters keep a field's value in the document's own row: not localized (those
 * live in the locales table), not an array or blocks (tables of their own), not many-valued and
 * not a relationship to several collections (the `_rels`, `_texts`, `_numbers` and select tables).
 */
const isOnRow = (field: FlattenedField): boolean =>
  !field.localized &&
  field.type !== 'array' &&
  field.type !== 'blocks' &&
  !('hasMany' in field && field.hasMany) &&
  !('relationTo' in field && Array.isArray(field.relationTo))

/**
 * What an update of a document must write, given `stored`, its row as it stands (every locale):
 * the fields kept in the row itself all of them, the others (localized fields, arrays, ...) only
 * when their value changed. Null when one of those changed, and the whole document is written.
 *
 * Payload's SQL adapters write an update that touches only row fields as one `UPDATE` of the row;
 * any other field makes them rewrite the document's locale rows and every array's rows, several
 * statements per document. A release's publish changes an item's workflow state (row fields) and
 * writes its localized content back unchanged, so most of its items need only the one statement.
 */
export const rowOnlyUpdate = (
  fields: FlattenedField[],
  data: JsonObject,
  stored: JsonObject,
): JsonObject | null => {
  const update: JsonObject = { ...data }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const { name } = field
    const isGroup = (field.type === 'group' || field.type === 'tab') && !field.localized
    if (isGroup && data[name] && typeof data[name] === 'object') {
      const group = rowOnlyUpdate(field.flattenedFields, data[name], stored[name] ?? {})
      if (!group) return null
      update[name] = group
      continue
    }
    if (isOnRow(field)) continue
    if (!isDeepStrictEqual(data[name] ?? null, stored[name] ?? null)) return null
    delete update[name]
  }
  return update
}
