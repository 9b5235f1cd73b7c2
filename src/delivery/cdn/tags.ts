import type { CacheChange } from '../cache/changes'
import type { EntryTags } from '../cache/entryTags'

/** The tag of answers that mix collections (GraphQL, search, stats, globals): every change purges it. */
export const MIXED_TAG = 'mixed'
/** Above this many document ids an answer is tagged `mixed` instead: headers stay small for proxies. */
const MAX_ID_TAGS = 64

const listTag = (collection: string) => `${collection}:list`

/**
 * The tags a CDN keys a public answer by (`Surrogate-Key`, `Cache-Tag`): its collection, `…:list`
 * for a list, and the id of every document it contains; `mixed` when it mixes collections or
 * names too many documents to list. The same rule as the delivery cache's own (../cache/entryTags.ts).
 */
export const answerTags = (tags: EntryTags): string[] => {
  const names = tags.collection
    ? [tags.collection, ...(tags.isList ? [listTag(tags.collection)] : [])]
    : [MIXED_TAG]
  if (tags.ids.size > MAX_ID_TAGS) return [...new Set([...names, MIXED_TAG])]
  return [...names, ...tags.ids]
}

/**
 * The tags to purge for these changes: each document's id, the lists of its collection, every
 * answer of the collections that show it without naming it (join fields, declared dependencies),
 * and the mixed answers.
 */
export const purgeTags = (
  changes: CacheChange[],
  dependencies: Map<string, Set<string>>,
): string[] => {
  const tags = new Set<string>([MIXED_TAG])
  for (const change of changes) {
    if (change.id) tags.add(change.id.toLowerCase())
    else tags.add(change.collection)
    tags.add(listTag(change.collection))
    for (const [collection, dependsOn] of dependencies) {
      if (dependsOn.has(change.collection)) tags.add(collection)
    }
  }
  return [...tags]
}
