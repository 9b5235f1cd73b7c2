import type { FlattenedField, Payload } from 'payload'

import type { SearchIndex } from '@/payload-types'

import type { SearchableSlug, SourceField } from './sources'
import { SEARCH_SOURCES } from './sources'
import { hanSyllables, serializeSyllables } from './text/pinyin'
import { toPlainText } from './text/plainText'
import { indexTerms } from './text/terms'

/** A row of the `search-index` collection as the CMS writes it. */
export type SearchIndexData = Omit<SearchIndex, 'id' | 'createdAt' | 'updatedAt'>

/**
 * A row with its lookup keys (text/terms.ts), from which its full-text row is made
 * (fullText/tokens.ts). The keys are not stored with the row: search reads them from the
 * full-text index only.
 */
export type IndexRow = SearchIndexData & { terms: string[] }

/** A published document as read with `locale: 'all'` (localized fields are `{ zh, en }`). */
export type SourceDocument = { id: number | string; updatedAt?: null | string } & Record<
  string,
  unknown
>

const MAX_TITLE_LENGTH = 300
const MAX_SUMMARY_LENGTH = 1000
/** About 25 pages of Chinese; text beyond it is not searchable. */
const MAX_BODY_LENGTH = 50_000
/** A body part per row keeps each row's keys (about a thousand) well inside SQL parameter limits. */
const CHUNK_LENGTH = 1000
const MAX_TERMS_PER_ROW = 6000
const SENTENCE_END = /[。！？；!?;\n]/g

type Rendering = { title: string; summary: string; body: string }

const fieldNamed = (fields: FlattenedField[], name: string): FlattenedField | undefined =>
  fields.find((field) => field.name === name)

const inLocale = (value: unknown, locale: string, isLocalized: boolean | undefined): unknown =>
  isLocalized && value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[locale]
    : value

const readField = (
  doc: Record<string, unknown>,
  fields: FlattenedField[],
  source: SourceField,
  locale: string,
): string => {
  if (typeof source === 'string') {
    return toPlainText(inLocale(doc[source], locale, fieldNamed(fields, source)?.localized))
  }
  const arrayField = fieldNamed(fields, source.array)
  const rows = inLocale(doc[source.array], locale, arrayField?.localized)
  if (!Array.isArray(rows)) return ''
  const subFields = arrayField && 'flattenedFields' in arrayField ? arrayField.flattenedFields : []
  const isLocalized = fieldNamed(subFields, source.field)?.localized
  return rows
    .map((row: Record<string, unknown>) =>
      toPlainText(inLocale(row?.[source.field], locale, isLocalized)),
    )
    .filter(Boolean)
    .join('、')
}

/**
 * What readers of `locale` see: each field in their locale, or in the default locale where it is
 * empty (the same fallback Payload applies when it serves the document).
 */
const render = (
  payload: Payload,
  collection: SearchableSlug,
  doc: SourceDocument,
  locale: string,
): Rendering => {
  const source = SEARCH_SOURCES[collection]
  const fields = payload.collections[collection].config.flattenedFields
  const defaultLocale = payload.config.localization
    ? payload.config.localization.defaultLocale
    : locale
  const read = (field: SourceField) =>
    readField(doc, fields, field, locale) || readField(doc, fields, field, defaultLocale)
  return {
    title: read(source.title).slice(0, MAX_TITLE_LENGTH),
    summary: source.summary.map(read).filter(Boolean).join(' · ').slice(0, MAX_SUMMARY_LENGTH),
    body: source.body ? read(source.body).slice(0, MAX_BODY_LENGTH) : '',
  }
}

/** Cuts the body into parts of at most CHUNK_LENGTH, after a sentence where one ends nearby. */
export const chunkText = (text: string, length = CHUNK_LENGTH): string[] => {
  const chunks: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + length)
    if (end < text.length) {
      const tail = text.slice(start + Math.floor(length * 0.6), end)
      const lastBreak = Math.max(-1, ...[...tail.matchAll(SENTENCE_END)].map(({ index }) => index))
      if (lastBreak >= 0) end = start + Math.floor(length * 0.6) + lastBreak + 1
      else if (/[\ud800-\udbff]/.test(text[end - 1])) end -= 1
    }
    const chunk = text.slice(start, end).trim()
    if (chunk) chunks.push(chunk)
    start = end
  }
  return chunks
}

type Spelled = { text: string; syllables: string[] }

const spell = (text: string): Spelled => ({ text, syllables: hanSyllables(text) })

const termsOf = (texts: Spelled[], hasSingles: boolean): string[] =>
  [
    ...new Set(texts.flatMap(({ text, syllables }) => indexTerms(text, syllables, { hasSingles }))),
  ].slice(0, MAX_TERMS_PER_ROW)

const localeCodesOf = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : []

/** The text of one row: the head (chunk 0: title and summary) or a part of the body. */
type RowText = { chunk: number; title?: string; summary?: string; body?: string }

const rowTexts = ({ title, summary, body }: Rendering): RowText[] => [
  { chunk: 0, title, summary },
  ...chunkText(body).map((part, index) => ({ chunk: index + 1, body: part })),
]

const spelledRow = ({ chunk, title = '', summary = '', body = '' }: RowText) => {
  if (chunk > 0) {
    const part = spell(body)
    return {
      chunk,
      body,
      bodyPinyin: serializeSyllables(part.syllables),
      terms: termsOf([part], false),
    }
  }
  const spelledTitle = spell(title)
  const spelledSummary = spell(summary)
  return {
    chunk,
    title,
    titlePinyin: serializeSyllables(spelledTitle.syllables),
    summary,
    summaryPinyin: serializeSyllables(spelledSummary.syllables),
    terms: termsOf([spelledTitle, spelledSummary], true),
  }
}

/**
 * The index rows of a published document: a head row with the title and summary and a row per
 * part of the body, each row once for all the locales whose readers see that text (English
 * without English text shares the Chinese rows; an English title beside a Chinese body shares the
 * body rows).
 */
export const documentRows = (
  payload: Payload,
  collection: SearchableSlug,
  doc: SourceDocument,
): IndexRow[] => {
  const byText = new Map<string, { row: RowText; locales: string[] }>()
  for (const locale of localeCodesOf(payload)) {
    for (const row of rowTexts(render(payload, collection, doc, locale))) {
      const key = JSON.stringify(row)
      const entry = byText.get(key) ?? { row, locales: [] }
      entry.locales.push(locale)
      byText.set(key, entry)
    }
  }

  const source = SEARCH_SOURCES[collection]
  const sortDate = (source.sortDate && doc[source.sortDate]) || doc.updatedAt
  const shared = {
    collection,
    docId: String(doc.id),
    slug: typeof doc.slug === 'string' ? doc.slug : null,
    sortDate: typeof sortDate === 'string' ? sortDate : null,
    sourceUpdatedAt: doc.updatedAt ?? null,
  }
  return [...byText.values()].map(({ row, locales }) => ({
    ...shared,
    readerLocales: locales.join(' '),
    ...spelledRow(row),
  }))
}

/** The fields `documentRows` reads, for a `select` that leaves the rest of the document out. */
export const sourceSelect = (collection: SearchableSlug): Record<string, true> => {
  const { title, summary, body, sortDate } = SEARCH_SOURCES[collection]
  const names = [
    title,
    ...summary.map((field) => (typeof field === 'string' ? field : field.array)),
  ]
  if (body) names.push(body)
  if (sortDate) names.push(sortDate)
  return Object.fromEntries(
    [...names, 'slug', '_status', 'updatedAt'].map((name) => [name, true] as const),
  )
}
