import type { Payload } from 'payload'

import { fullTextStore } from './fullText/store'
import { foldText } from './text/fold'

export const DEFAULT_SUGGESTIONS = 8
export const MAX_SUGGESTIONS = 20
/** A prefix longer than this is a query, not the start of a title. */
export const MAX_PREFIX_LENGTH = 40

export type SuggestParams = { q: string; locale: string; collections: string[]; limit: number }

export type Suggestion = { collection: string; id: string; slug: null | string; title: string }

/** What a prefix may hold: Latin letters and digits, or Han characters (what suggestion tokens hold). */
const PREFIX = /^(?:[a-z0-9]+|\p{Script=Han}+)$/u

/**
 * The prefix as the suggestion tokens spell it (src/delivery/search/fullText/tokens.ts): folded,
 * without spaces or punctuation. Empty when it mixes scripts, which no token starts with.
 */
export const suggestPrefix = (q: string): string => {
  const compact = foldText(q.normalize('NFKC')).replace(/[^\p{L}\p{N}]/gu, '')
  return PREFIX.test(compact) ? compact : ''
}

/**
 * Titles that a word of starts with what the reader has typed: as written (青岛水 finds
 * 青岛水族馆, 水族 too), in pinyin (qingdaoshui, shuizu) or in initials (qdsz), shortest first.
 */
export const suggestTitles = async (
  payload: Payload,
  { q, locale, collections, limit }: SuggestParams,
): Promise<Suggestion[]> => {
  const prefix = suggestPrefix(q)
  if (!prefix) return []
  const heads = await fullTextStore(payload).suggest(prefix, { locale, collections }, limit)
  return heads.map(({ collection, docId, slug, title }) => ({
    collection,
    id: docId,
    slug,
    title,
  }))
}
