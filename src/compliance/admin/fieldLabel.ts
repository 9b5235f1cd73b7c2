import type { I18nClient } from '@payloadcms/translations'
import { getTranslation } from '@payloadcms/translations'

/**
 * The part of a field config (server or client) a label is read from: both shapes have these, so
 * the admin resolves labels from its client config and tests from the server config.
 */
export type LabeledField = {
  type: string
  name?: string
  label?: unknown
  relationTo?: unknown
  fields?: LabeledField[]
  tabs?: { name?: string; label?: unknown; fields: LabeledField[] }[]
  blocks?: { slug: string; fields: LabeledField[] }[]
}

/** The fields of another collection, for the media an upload field shows (`coverImage.alt`). */
export type FieldsOf = (collection: string) => LabeledField[] | undefined

const SEPARATOR = ' › '

const labelOf = (field: { name?: string; label?: unknown }, i18n: I18nClient): string => {
  const { label } = field
  if (
    typeof label === 'string' ||
    typeof label === 'function' ||
    (label && typeof label === 'object')
  ) {
    const translated = getTranslation(label as Parameters<typeof getTranslation>[0], i18n)
    if (typeof translated === 'string' && translated) return translated
  }
  return field.name ?? ''
}

/**
 * The named field among `fields`, looking through the ones that only arrange others (rows,
 * collapsibles, unnamed tabs); a named tab is found by its name like a group.
 */
const findField = (fields: LabeledField[], name: string): LabeledField | undefined => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (tab.name === name) return { ...tab, type: 'group' }
        if (!tab.name) {
          const inside = findField(tab.fields, name)
          if (inside) return inside
        }
      }
    } else if (field.name === name) {
      return field
    } else if (!field.name && field.fields) {
      const inside = findField(field.fields, name)
      if (inside) return inside
    }
  }
  return undefined
}

const walk = (
  fields: LabeledField[],
  segments: string[],
  i18n: I18nClient,
  fieldsOf?: FieldsOf,
): string[] => {
  const [name, ...rest] = segments
  const field = name === undefined ? undefined : findField(fields, name)
  if (!field) return []
  const label = labelOf(field, i18n)
  const isRow = /^\d+$/.test(rest[0] ?? '')
  if (field.type === 'array' && field.fields && isRow) {
    // Rows are numbered from 1, as the admin's array rows are.
    return [`${label} ${Number(rest[0]) + 1}`, ...walk(field.fields, rest.slice(1), i18n, fieldsOf)]
  }
  if (field.type === 'blocks' && isRow) {
    // The path does not name the block type: the first block with the next field is taken.
    const inner = (field.blocks ?? [])
      .map((block) => walk(block.fields, rest.slice(1), i18n, fieldsOf))
      .find((labels) => labels.length > 0)
    return [`${label} ${Number(rest[0]) + 1}`, ...(inner ?? [])]
  }
  if (field.type === 'group' && field.fields) {
    return [label, ...walk(field.fields, rest, i18n, fieldsOf)]
  }
  if ((field.type === 'upload' || field.type === 'relationship') && rest.length && fieldsOf) {
    const related = typeof field.relationTo === 'string' ? fieldsOf(field.relationTo) : undefined
    return [label, ...(related ? walk(related, rest, i18n) : [])]
  }
  return [label]
}

/**
 * A finding's field as the admin names it, in the admin's language: `content.root.children.1` is
 * 正文 (Content), `tags.0.tag` is 标签 1 › 标签, `coverImage.alt` is 封面图 › 替代文本. Rich text
 * findings name their rich text field. A path the fields do not explain is returned as it is.
 */
export const fieldLabelOf = (
  fields: LabeledField[],
  path: string,
  i18n: I18nClient,
  fieldsOf?: FieldsOf,
): string => {
  const [fieldPath] = path.split('.root.')
  const labels = walk(fields, fieldPath.split('.'), i18n, fieldsOf).filter(Boolean)
  return labels.length ? labels.join(SEPARATOR) : path
}
