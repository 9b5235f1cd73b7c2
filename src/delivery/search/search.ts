import type { Payload } from 'payload'

import type { SearchIndex } from '@/payload-types'

import type { FullTextHead, FullTextStore } from './fullText/store'
import { fullTextStore } from './fullText/store'
import type { StoredPart } from './fullText/tokens'
import { tokenQuery } from './fullText/tokens'
import { planLookups } from './query/lookups'
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

/**
 * How many of the database's best matches the ranking rules order, more when a later page needs
 * them: the store puts the title and summary matches first (by `bm25()` or `ts_rank_cd`), then the
 * newest of the others, so the rules only settle the order near the top, and each candidate
 * costs its head's matching in JavaScript. Bodies are read for the page's hits.
 */
const WINDOW = { candidates: 30, bodies: 10 }
/**
 * The same when the query holds a word the database cannot check (a single character beside
 * longer words, `sparseUnits`): only the text shows which of its matches hold it, so more of them
 * are read (科技馆 is 科技 and 馆: many titles hold 科技).
 */
const SPARSE_WINDOW = { candidates: 100, bodies: 40 }

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
 * full-text index (./fullText): the store finds the documents holding the keys of every word
 * (with the locale, collections and dates in it) and returns the heads of a window, title and
 * summary matches by the database's rank, then the newest others; the project's ranking rules
 * order those on their titles and summaries, and on the bodies of the page's hits.
 */
const searchFullText = async (
  store: FullTextStore,
  query: ParsedQuery,
  { locale, collections, from, to }: SearchParams,
  wanted: number,
): Promise<Ranked[]> => {
  const isSparse = sparseUnits(query)
  const window = isSparse.some(Boolean) ? SPARSE_WINDOW : WINDOW
  const heads = await store.match(
    tokenQuery(planLookups(query.units), isSparse),
    { locale, collections, from, to },
    Math.max(window.candidates, wanted),
    0,
  )
  if (!heads.length) return []
  const scored = scoreHeads(query, heads).sort(byScore((candidate) => candidate.coarse))
  return refine(query, scored, wanted, window.bodies, async (leaders) => {
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
): Promise<SearchAnswer> => {
  const query = parseQuery(params.q)
  const facets = noFacets()
  if (!query.units.length) return { hits: [], total: 0, facets }
  const offset = (params.page - 1) * params.limit
  const wanted = offset + params.limit
  const { locale, from, to } = params
  const [ranked, counts] = await Promise.all([
    searchFullText(fullTextStore(payload), query, params, wanted),
    fullTextStore(payload).facets(tokenQuery(planLookups(query.units), sparseUnits(query)), {
      locale,
      from,
      to,
    }),
  ])
  for (const [collection, count] of Object.entries(counts)) {
    if (collection in facets) facets[collection as SearchableSlug] = count
  }
  const total = params.collections.reduce((sum, collection) => sum + facets[collection], 0)
  return { hits: ranked.slice(offset, wanted).map(toHit), total, facets }
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
