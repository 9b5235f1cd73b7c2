import type { Payload, PayloadRequest, Where } from 'payload'

import type { SearchIndex } from '@/payload-types'

import type { FullTextHead, FullTextStore } from './fullText/store'
import { fullTextStore } from './fullText/store'
import type { StoredPart } from './fullText/tokens'
import { tokenQuery } from './fullText/tokens'
import { SEARCH_INDEX } from './indexEntry'
import { planLookups, rowsPerUnit } from './query/lookups'
import { prepareField } from './query/match'
import type { ParsedQuery } from './query/parseQuery'
import { parseQuery } from './query/parseQuery'
import type { MatchedField } from './query/rank'
import { FIELD_WEIGHT, matchField, maxBodyBonus, scoreFields } from './query/rank'
import { buildSnippet, highlight } from './query/snippet'
import type { SearchableSlug } from './sources'
import { SEARCHABLE_COLLECTIONS } from './sources'

export type SearchParams = {
  q: string
  locale: string
  collections: SearchableSlug[]
  limit: number
  /** 1 for the first `limit` hits. */
  page: number
  /** ISO dates: hits dated (`sortDate`) on or after `from` and before `to`. */
  from?: string
  to?: string
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
/**
 * How many of the database's best matches (by `bm25()` or `ts_rank_cd`) the ranking rules order,
 * more when a later page needs them: the database's rank already puts a title or summary match
 * ahead of a body match, so the rules only settle the order near the top, and each candidate
 * costs its head's matching in JavaScript.
 */
const CANDIDATE_WINDOW = 30
/** Bodies read for the leaders of the full-text candidates: the page's hits, for their snippets. */
const MAX_REFINED_FULL_TEXT = 10
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
type Candidate = {
  key: string
  /** The full-text row the candidate came from (full-text search only). */
  rowKey?: number | string
  head: Head
  headFields: MatchedField[]
  coarse: number
}
type Ranked = Candidate & { score: number; fields: MatchedField[] }

const keyOf = (row: Pick<SearchIndex, 'collection' | 'docId'>) => `${row.collection}/${row.docId}`
const rowKeyOf = (row: Pick<SearchIndex, 'collection' | 'docId' | 'chunk'>) =>
  `${keyOf(row)}#${row.chunk}`

const inBatches = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) =>
    items.slice(i * BATCH, (i + 1) * BATCH),
  )

/**
 * The best `wanted` published documents matching every word of the query, through the Local API
 * (MongoDB, which has no full-text store here):
 * 1. one indexed lookup per key of the query (search-index `terms`), giving the rows and so the
 *    documents that may hold each word;
 * 2. the head rows (title, summary) of the documents that may hold them all, scored on their text;
 * 3. the bodies of the leaders (all that could still overtake the last hit), scored and excerpted.
 */
const searchByLookups = async (
  payload: Payload,
  query: ParsedQuery,
  { locale, collections, from, to }: SearchParams,
  wanted: number,
  req?: PayloadRequest,
): Promise<Ranked[]> => {
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
  const isSparse = sparseUnits(query)
  const choosing = unitDocs.filter((_, unit) => !isSparse[unit])
  const candidates = [...choosing[0]].filter((key) => choosing.every((docs) => docs.has(key)))
  if (!candidates.length) return []
  const isInRange = (date: null | string | undefined) =>
    (!from || (date ?? '') >= from) && (!to || (date ?? '') < to)

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
  const isCandidate = new Set(candidates)
  const scored: Candidate[] = []
  for (const head of heads) {
    const key = keyOf(head)
    if (!isCandidate.has(key) || !isInRange(head.sortDate)) continue
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

  return refine(query, scored, wanted, MAX_REFINED, async (leaders) => {
    const rows = await fetchByDocument(
      leaders.map(({ key }) => key),
      (ids) =>
        findRows({ and: [{ docId: { in: ids } }, { chunk: { greater_than: 0 } }] }, [
          'docId',
          'chunk',
          'body',
          'bodyPinyin',
        ]),
    )
    const parts = new Map<string, StoredPart[]>()
    for (const row of rows.sort((a, b) => a.chunk - b.chunk)) {
      const list = parts.get(keyOf(row)) ?? []
      list.push({ body: row.body ?? '', bodyPinyin: row.bodyPinyin ?? '' })
      parts.set(keyOf(row), list)
    }
    return parts
  })
}

const scoreHeads = (query: ParsedQuery, heads: FullTextHead[]): Candidate[] =>
  heads.map((head) => {
    const headFields = [
      matchField(query, 'title', prepareField(head.title, head.titlePinyin)),
      matchField(query, 'summary', prepareField(head.summary, head.summaryPinyin)),
    ]
    const { score, missing } = scoreFields(query, headFields)
    return {
      key: keyOf(head as unknown as Head),
      rowKey: head.key,
      head: head as unknown as Head,
      headFields,
      coarse: score + missing.length * FIELD_WEIGHT.body,
    }
  })

/**
 * The best `wanted` published documents matching every word of the query, through the database's
 * full-text index (./fullText): one query finds the documents holding the keys of every word
 * (with the locale, collections and dates in it) and returns the heads of its best
 * CANDIDATE_WINDOW by the database's rank; the project's ranking rules order those on their text,
 * reading the bodies of the leaders as the lookups do.
 */
const searchFullText = async (
  store: FullTextStore,
  query: ParsedQuery,
  { locale, collections, from, to }: SearchParams,
  wanted: number,
): Promise<Ranked[]> => {
  const heads = await store.match(
    tokenQuery(planLookups(query.units), sparseUnits(query)),
    { locale, collections, from, to },
    Math.max(CANDIDATE_WINDOW, wanted),
    0,
  )
  if (!heads.length) return []
  const scored = scoreHeads(query, heads).sort(byScore((candidate) => candidate.coarse))
  return refine(query, scored, wanted, MAX_REFINED_FULL_TEXT, async (leaders) => {
    const parts = await store.parts(leaders.map(({ rowKey }) => rowKey ?? ''))
    return new Map(leaders.map(({ key, rowKey }) => [key, parts.get(String(rowKey)) ?? []]))
  })
}

/**
 * Single characters and syllables narrow nothing down in bodies (they are not keys there): within
 * a longer query the other words choose the candidates, and the text shows whether they are there.
 */
const sparseUnits = (query: ParsedQuery): boolean[] =>
  query.units.map((unit) => unit.isSingle && query.units.some((u) => !u.isSingle))

export type SearchAnswer = {
  hits: SearchHit[]
  /** Documents matching in the searched collections (of which `hits` is one page). */
  total: number
  /** Documents matching per searchable collection, whatever `collections` asked for. */
  facets: Record<SearchableSlug, number>
}

const noFacets = () =>
  Object.fromEntries(SEARCHABLE_COLLECTIONS.map((slug) => [slug, 0])) as Record<
    SearchableSlug,
    number
  >

/**
 * Published documents matching every word of `q`, best first, one page of them, with the counts
 * per collection. The index holds published text only, so access needs no check here:
 * everything is public.
 */
export const searchPublished = async (
  payload: Payload,
  params: SearchParams,
  req?: PayloadRequest,
): Promise<SearchAnswer> => {
  const query = parseQuery(params.q)
  const facets = noFacets()
  if (!query.units.length) return { hits: [], total: 0, facets }
  const offset = (params.page - 1) * params.limit
  const wanted = offset + params.limit
  const store = fullTextStore(payload)
  if (!store) {
    // Counted on what the lookups rank: all of it when it is fewer than MAX_REFINED.
    const ranked = await searchByLookups(
      payload,
      query,
      { ...params, collections: [...SEARCHABLE_COLLECTIONS] },
      Math.max(wanted, MAX_REFINED),
      req,
    )
    for (const { head } of ranked) facets[head.collection] += 1
    const inScope = ranked.filter(({ head }) => params.collections.includes(head.collection))
    return {
      hits: inScope.slice(offset, wanted).map(toHit),
      total: inScope.length,
      facets,
    }
  }
  const { locale, from, to } = params
  const [ranked, counts] = await Promise.all([
    searchFullText(store, query, params, wanted),
    store.facets(tokenQuery(planLookups(query.units), sparseUnits(query)), { locale, from, to }),
  ])
  for (const [collection, count] of Object.entries(counts)) {
    if (collection in facets) facets[collection as SearchableSlug] = count
  }
  const total = params.collections.reduce((sum, collection) => sum + facets[collection], 0)
  return { hits: ranked.slice(offset, wanted).map(toHit), total, facets }
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

/** The body parts of each candidate (by `key`), in order. */
type BodyFetch = (leaders: Candidate[]) => Promise<Map<string, StoredPart[]>>

/**
 * Reads the bodies of every candidate that could still reach the top `wanted` once its body is
 * counted (at most `maxRefined`), then ranks them on everything.
 */
const refine = async (
  query: ParsedQuery,
  scored: Candidate[],
  wanted: number,
  maxRefined: number,
  fetchBodies: BodyFetch,
): Promise<Ranked[]> => {
  const cutoff =
    scored[Math.min(wanted, scored.length) - 1].coarse - maxBodyBonus(query.units.length)
  const window = scored.filter((candidate, index) => index < wanted || candidate.coarse >= cutoff)
  const leaders = window.slice(0, Math.max(wanted, maxRefined))
  const bodies = await fetchBodies(leaders)
  const ranked: Ranked[] = []
  for (const candidate of leaders) {
    const bodyFields = (bodies.get(candidate.key) ?? []).map((part) =>
      matchField(query, 'body', prepareField(part.body, part.bodyPinyin)),
    )
    const fields = [...candidate.headFields, ...bodyFields]
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
