import type { Payload, PayloadRequest, Where } from 'payload'

import type { SearchIndex } from '@/payload-types'

import { SEARCH_INDEX } from './indexEntry'
import { planLookups, rowsPerUnit } from './query/lookups'
import { prepareField } from './query/match'
import type { ParsedQuery } from './query/parseQuery'
import { parseQuery } from './query/parseQuery'
import type { MatchedField } from './query/rank'
import { FIELD_WEIGHT, matchField, maxBodyBonus, scoreFields } from './query/rank'
import { buildSnippet, highlight } from './query/snippet'
import type { SearchableSlug } from './sources'

export type SearchParams = {
  q: string
  locale: string
  collections: SearchableSlug[]
  limit: number
}

export type SearchHit = {
  collection: SearchableSlug
  id: string
  slug: null | string
  title: string
  /** The title as HTML, the query's words in `<mark>`. */
  titleHighlighted: string
  /** A passage of the summary or body as HTML (escaped, words in `<mark>`). */
  snippet: string
  score: number
}

/** How many candidates get their body read to settle the order; the rest rank on title/summary. */
const MAX_REFINED = 200
/** `in` lists stay short enough for every adapter. */
const BATCH = 200

type Head = Pick<
  SearchIndex,
  | 'collection'
  | 'docId'
  | 'slug'
  | 'title'
  | 'titlePinyin'
  | 'summary'
  | 'summaryPinyin'
  | 'sortDate'
>
type Candidate = { key: string; head: Head; headFields: MatchedField[]; coarse: number }
type Ranked = Candidate & { score: number; fields: MatchedField[] }

const keyOf = (row: Pick<SearchIndex, 'collection' | 'docId'>) => `${row.collection}/${row.docId}`
const rowKeyOf = (row: Pick<SearchIndex, 'collection' | 'docId' | 'chunk'>) =>
  `${keyOf(row)}#${row.chunk}`

const inBatches = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) =>
    items.slice(i * BATCH, (i + 1) * BATCH),
  )

/**
 * Published documents matching every word of `q`, best first:
 * 1. one indexed lookup per key of the query (search-index `terms`), giving the rows and so the
 *    documents that may hold each word;
 * 2. the head rows (title, summary) of the documents that may hold them all, scored on their text;
 * 3. the bodies of the leaders (all that could still overtake the last hit), scored and excerpted.
 * The index holds published text only, so access needs no check here: everything is public.
 */
export const searchPublished = async (
  payload: Payload,
  { q, locale, collections, limit }: SearchParams,
  req?: PayloadRequest,
): Promise<SearchHit[]> => {
  const query = parseQuery(q)
  if (!query.units.length) return []
  const searched = new Set<string>(collections)
  // Locale and collection are checked on the rows found, not in the query (see SearchIndex).
  const isInScope = (row: Pick<SearchIndex, 'collection' | 'readerLocales'>) =>
    searched.has(row.collection) && row.readerLocales.split(' ').includes(locale)
  // Reads of the index skip access: its rows are published text, and readers are not admins.
  const findRows = async <K extends keyof SearchIndex>(where: Where, fields: K[]) => {
    const { docs } = await payload.find({
      collection: SEARCH_INDEX,
      where,
      select: Object.fromEntries(
        [...fields, 'collection', 'readerLocales'].map((field) => [field, true]),
      ),
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return (docs as unknown as Pick<SearchIndex, K | 'collection' | 'readerLocales'>[]).filter(
      isInScope,
    )
  }

  const plan = planLookups(query.units)
  const rowsByKey = new Map<string, Set<string>>()
  await Promise.all(
    plan.keys.map(async (key) => {
      const rows = await findRows({ 'terms.term': { equals: key } }, ['docId', 'chunk'])
      rowsByKey.set(key, new Set(rows.map(rowKeyOf)))
    }),
  )
  const unitRows = rowsPerUnit(plan, rowsByKey)
  const docsOf = (rows: Set<string>) => new Set([...rows].map((row) => row.split('#')[0]))
  const unitDocs = unitRows.map(docsOf)
  const unitBodyDocs = unitRows.map((rows) =>
    docsOf(new Set([...rows].filter((row) => !row.endsWith('#0')))),
  )
  // Single characters and syllables narrow nothing down in bodies (they are not keys there):
  // the other words choose the candidates, and the text shows whether the single ones are there.
  const isSparse = query.units.map((unit) => unit.isSingle && query.units.some((u) => !u.isSingle))
  const choosing = unitDocs.filter((_, unit) => !isSparse[unit])
  const candidates = [...choosing[0]].filter((key) => choosing.every((docs) => docs.has(key)))
  if (!candidates.length) return []

  const heads = await fetchByDocument(candidates, (ids) =>
    findRows({ and: [{ docId: { in: ids } }, { chunk: { equals: 0 } }] }, [
      'docId',
      'slug',
      'title',
      'titlePinyin',
      'summary',
      'summaryPinyin',
      'sortDate',
    ]),
  )
  const wanted = new Set(candidates)
  const scored: Candidate[] = []
  for (const head of heads) {
    const key = keyOf(head)
    if (!wanted.has(key)) continue
    const headFields = [
      matchField(query, 'title', prepareField(head.title, head.titlePinyin)),
      matchField(query, 'summary', prepareField(head.summary, head.summaryPinyin)),
    ]
    const { score, missing } = scoreFields(query, headFields)
    // A word not in the title or summary must be in the body: the lookups said it may be (or
    // could not say, for a single character); the body, read below for the leaders, decides.
    if (!missing.every((unit) => isSparse[unit] || unitBodyDocs[unit].has(key))) continue
    scored.push({ key, head, headFields, coarse: score + missing.length * FIELD_WEIGHT.body })
  }
  if (!scored.length) return []
  scored.sort(byScore((candidate) => candidate.coarse))

  const refined = await refine(query, scored, limit, (ids) =>
    findRows({ and: [{ docId: { in: ids } }, { chunk: { greater_than: 0 } }] }, [
      'docId',
      'chunk',
      'body',
      'bodyPinyin',
    ]),
  )
  return refined.slice(0, limit).map(toHit)
}

const fetchByDocument = async <T>(keys: string[], fetch: (ids: string[]) => Promise<T[]>) => {
  const ids = [...new Set(keys.map((key) => key.split('/')[1]))]
  return (await Promise.all(inBatches(ids).map(fetch))).flat()
}

const byScore =
  <T extends { head: Head }>(scoreOf: (item: T) => number) =>
  (a: T, b: T): number =>
    scoreOf(b) - scoreOf(a) ||
    (b.head.sortDate ?? '').localeCompare(a.head.sortDate ?? '') ||
    (a.head.title ?? '').localeCompare(b.head.title ?? '', 'zh')

/**
 * Reads the bodies of every candidate that could still reach the top `limit` once its body is
 * counted (at most MAX_REFINED), then ranks them on everything.
 */
const refine = async (
  query: ParsedQuery,
  scored: Candidate[],
  limit: number,
  fetchBodies: (
    ids: string[],
  ) => Promise<Pick<SearchIndex, 'collection' | 'docId' | 'chunk' | 'body' | 'bodyPinyin'>[]>,
): Promise<Ranked[]> => {
  const cutoff =
    scored[Math.min(limit, scored.length) - 1].coarse - maxBodyBonus(query.units.length)
  const window = scored.filter((candidate, index) => index < limit || candidate.coarse >= cutoff)
  const leaders = window.slice(0, Math.max(limit, MAX_REFINED))
  const bodies = await fetchByDocument(
    leaders.map(({ key }) => key),
    fetchBodies,
  )
  const bodyFields = new Map<string, MatchedField[]>()
  for (const row of bodies.sort((a, b) => a.chunk - b.chunk)) {
    const fields = bodyFields.get(keyOf(row)) ?? []
    fields.push(matchField(query, 'body', prepareField(row.body, row.bodyPinyin)))
    bodyFields.set(keyOf(row), fields)
  }
  const ranked: Ranked[] = []
  for (const candidate of leaders) {
    const fields = [...candidate.headFields, ...(bodyFields.get(candidate.key) ?? [])]
    const { score, missing } = scoreFields(query, fields)
    if (!missing.length) ranked.push({ ...candidate, score, fields })
  }
  return ranked.sort(byScore((item) => item.score))
}

const toHit = ({ head, fields, score }: Ranked): SearchHit => {
  const [title, ...rest] = fields
  return {
    collection: head.collection,
    id: head.docId,
    slug: head.slug ?? null,
    title: head.title ?? '',
    titleHighlighted: highlight(title.field.text, title.perUnit.flat()),
    snippet: buildSnippet(rest),
    score: Math.round(score * 100) / 100,
  }
}
