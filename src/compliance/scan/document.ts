import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import type { CompiledRules, TextFinding } from '../text/matcher'

import { richTextParts } from './richText'

/** A finding placed in a document: which field (and block), in which locale. */
export type Finding = TextFinding & {
  /** Field path in Payload's dotted form: `title`, `tags.0.tag`, `content.root.children.2`. */
  path: string
  /** The locale of a localized field; null for a field that is not localized. */
  locale: null | string
  /** Up to 20 characters of the field's text before and after the match, to show it in place. */
  context: { before: string; after: string }
}

const CONTEXT_LENGTH = 20

const contextOf = (text: string, { offset, length }: TextFinding) => ({
  before: text.slice(Math.max(0, offset - CONTEXT_LENGTH), offset),
  after: text.slice(offset + length, offset + length + CONTEXT_LENGTH),
})

type Sink = {
  rules: CompiledRules
  findings: Finding[]
  /** Media documents referred to, with where: their alt and caption are scanned as theirs. */
  uploads: { relationTo: string; id: string; path: string }[]
}

// Fields Payload's upload collections add: file metadata, never read as prose.
const FILE_FIELDS = new Set(['filename', 'mimeType', 'url', 'thumbnailURL', 'prefix', 'sizes'])
// URL segments are generated from the title (pinyin); what they say is checked in the title.
const SKIPPED_FIELDS = new Set(['slug'])

type AnyField = Field & {
  name?: string
  localized?: boolean
  hidden?: boolean
  hasMany?: boolean
  relationTo?: string | string[]
  fields?: Field[]
  tabs?: (Field & { name?: string; fields: Field[]; localized?: boolean })[]
  blocks?: { slug: string; fields: Field[] }[]
}

const idOfRelation = (value: unknown): null | string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return null
}

const scanString = (sink: Sink, text: string, path: string, locale: null | string) => {
  for (const finding of sink.rules.scanText(text)) {
    sink.findings.push({ ...finding, path, locale, context: contextOf(text, finding) })
  }
}

/** Document order: `root.children.2` before `root.children.10`, a block before its links. */
const comparePaths = (a: string, b: string): number => {
  const left = a.split('.')
  const right = b.split('.')
  for (let at = 0; at < Math.min(left.length, right.length); at += 1) {
    if (left[at] === right[at]) continue
    const [x, y] = [Number(left[at]), Number(right[at])]
    return Number.isInteger(x) && Number.isInteger(y) ? x - y : left[at] < right[at] ? -1 : 1
  }
  return left.length - right.length
}

const scanRichText = (sink: Sink, value: unknown, path: string, locale: null | string) => {
  const parts = richTextParts(value)
  const found: Finding[] = []
  for (const block of parts.blocks) {
    for (const finding of sink.rules.scanText(block.text)) {
      found.push({
        ...finding,
        path: `${path}.${block.path}`,
        locale,
        context: contextOf(block.text, finding),
      })
    }
  }
  for (const link of parts.links) {
    for (const finding of sink.rules.scanLink(link.url)) {
      found.push({
        ...finding,
        path: `${path}.${link.path}`,
        locale,
        context: contextOf(link.url, finding),
      })
    }
  }
  found.sort((a, b) => comparePaths(a.path, b.path) || a.offset - b.offset)
  sink.findings.push(...found)
  for (const upload of parts.uploads) {
    const id = idOfRelation(upload.value)
    if (id) sink.uploads.push({ relationTo: upload.relationTo, id, path: `${path}.${upload.path}` })
  }
}

const scanValue = (
  sink: Sink,
  field: AnyField,
  value: unknown,
  path: string,
  locale: null | string,
  locales: string[],
) => {
  if (value === null || value === undefined) return
  switch (field.type) {
    case 'text':
    case 'textarea':
      for (const text of Array.isArray(value) ? value : [value]) {
        if (typeof text === 'string' && text) scanString(sink, text, path, locale)
      }
      return
    case 'richText':
      scanRichText(sink, value, path, locale)
      return
    case 'group':
      scanFields(sink, field.fields ?? [], value, `${path}.`, locale, locales)
      return
    case 'array':
      if (Array.isArray(value)) {
        value.forEach((row, index) =>
          scanFields(sink, field.fields ?? [], row, `${path}.${index}.`, locale, locales),
        )
      }
      return
    case 'blocks':
      if (Array.isArray(value)) {
        value.forEach((row: { blockType?: string }, index) => {
          const block = field.blocks?.find(({ slug }) => slug === row?.blockType)
          if (block) scanFields(sink, block.fields, row, `${path}.${index}.`, locale, locales)
        })
      }
      return
    case 'upload':
      for (const item of Array.isArray(value) ? value : [value]) {
        const isPolymorphic = Array.isArray(field.relationTo)
        const relationTo = isPolymorphic
          ? (item as { relationTo?: string })?.relationTo
          : (field.relationTo as string)
        const id = idOfRelation(isPolymorphic ? (item as { value?: unknown })?.value : item)
        if (relationTo && id) sink.uploads.push({ relationTo, id, path })
      }
      return
    default:
      return
  }
}

/**
 * Walks a document read with `locale: 'all'` along its collection's fields: localized values come
 * as `{ zh, en }` and each locale is scanned; layout fields (rows, collapsibles, unnamed tabs and
 * groups) are looked through.
 */
const scanFields = (
  sink: Sink,
  fields: Field[],
  data: unknown,
  prefix: string,
  locale: null | string,
  locales: string[],
) => {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const raw of fields) {
    const field = raw as AnyField
    if (
      field.hidden ||
      (field.name && (SKIPPED_FIELDS.has(field.name) || FILE_FIELDS.has(field.name)))
    ) {
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (tab.name) {
          scanValue(
            sink,
            { ...tab, type: 'group' } as AnyField,
            record[tab.name],
            `${prefix}${tab.name}`,
            locale,
            locales,
          )
        } else {
          scanFields(sink, tab.fields, record, prefix, locale, locales)
        }
      }
      continue
    }
    if (!field.name) {
      if (field.fields) scanFields(sink, field.fields, record, prefix, locale, locales)
      continue
    }
    const value = record[field.name]
    const path = `${prefix}${field.name}`
    if (
      field.localized &&
      locale === null &&
      locales.length &&
      value &&
      typeof value === 'object'
    ) {
      for (const code of locales) {
        scanValue(sink, field, (value as Record<string, unknown>)[code], path, code, locales)
      }
    } else {
      scanValue(sink, field, value, path, locale, locales)
    }
  }
}

const localeCodes = (req: PayloadRequest): string[] =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : []

/**
 * Every finding in a document (read with `locale: 'all'`), and in the media it shows: their alt
 * texts and captions, with the path of the field or rich text node that shows them
 * (`coverImage.alt`, `content.root.children.3.alt`).
 */
export const scanDocument = async (
  req: PayloadRequest,
  rules: CompiledRules,
  /** The document's own fields (its collection's, or a global's). */
  fields: Field[],
  doc: Record<string, unknown>,
): Promise<Finding[]> => {
  const sink: Sink = { rules, findings: [], uploads: [] }
  const locales = localeCodes(req)
  scanFields(sink, fields, doc, '', null, locales)
  const seen = new Map<string, Record<string, unknown> | null>()
  for (const upload of sink.uploads) {
    const media = req.payload.collections[upload.relationTo as CollectionSlug]
    if (!media) continue
    const key = `${upload.relationTo}/${upload.id}`
    if (!seen.has(key)) {
      // Access skipped: the check reads what the document shows, whoever may open the media.
      const found = await req.payload.findByID({
        collection: upload.relationTo as CollectionSlug,
        id: upload.id,
        depth: 0,
        locale: 'all',
        disableErrors: true,
        overrideAccess: true,
        req,
      })
      seen.set(key, (found as Record<string, unknown> | null) ?? null)
    }
    const mediaDoc = seen.get(key)
    if (mediaDoc) scanFields(sink, media.config.fields, mediaDoc, `${upload.path}.`, null, locales)
  }
  return sink.findings
}

/** Findings in free text (the check endpoint's `{ text }`), on the path `text`. */
export const scanPlainText = (rules: CompiledRules, text: string): Finding[] =>
  rules.scanText(text).map((finding) => ({
    ...finding,
    path: 'text',
    locale: null,
    context: contextOf(text, finding),
  }))
