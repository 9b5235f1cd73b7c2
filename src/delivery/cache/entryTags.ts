import type { Field, SanitizedConfig } from 'payload'

import type { CacheChange } from './changes'

/**
 * What a cached answer may depend on, so that a change drops only the answers it can touch:
 * - `collection`: the collection the URL reads (`/api/articles…`), or none for answers that mix
 *   anything (GraphQL, search, stats, globals), which every change drops unless `reads` says
 *   which collections they show;
 * - `reads`: for an endpoint's answers, the collections (and `globals:<slug>`) it declares it
 *   reads (`custom.deliveryCacheReads` on each endpoint under its first path segment);
 * - `isList`: not one document by id, so a newly published document may join it;
 * - `isMixed`: an answer computed over several collections (GraphQL, search, stats), not one
 *   collection's or one global's;
 * - `slug`: for a list asked for one slug only (`where[slug][equals]=…`, the way sites look a
 *   document up): slugs are unique, so only a change of a document with that slug, or of one the
 *   answer holds, can alter it;
 * - `ids`: every document id in the answer (the document itself, populated relations, linked
 *   documents in rich text, and unpopulated ids alike: a change to any of them drops it).
 */
export type EntryTags = {
  collection?: string
  reads?: ReadonlySet<string>
  isList: boolean
  isMixed: boolean
  slug?: string
  ids: ReadonlySet<string>
}

const SLUG_CONDITION = 'where[slug][equals]'

/** The slug a URL asks for when `where[slug][equals]` is its only condition. */
const slugAskedFor = (url: URL): string | undefined => {
  const conditions = [...url.searchParams.keys()].filter((key) => key.startsWith('where'))
  const slugs = url.searchParams.getAll(SLUG_CONDITION)
  return conditions.length === 1 && conditions[0] === SLUG_CONDITION && slugs.length === 1
    ? slugs[0]
    : undefined
}

/** UUIDs (SQLite, PostgreSQL) and ObjectIds (MongoDB) as they appear in an answer's text. */
const ID_PATTERN =
  /\b(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})\b/gi

const isId = (segment: string) => new RegExp(`^(?:${ID_PATTERN.source})$`, 'i').test(segment)

export const entryTags = (
  url: URL,
  body: Buffer,
  collections: ReadonlySet<string>,
  reads: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): EntryTags => {
  const [, , root = '', second, third] = url.pathname.split('/')
  const ids = new Set((body.toString('utf8').match(ID_PATTERN) ?? []).map((id) => id.toLowerCase()))
  if (!collections.has(root)) {
    return { isList: true, isMixed: root !== 'globals', ids, reads: reads.get(root) }
  }
  const isById = second !== undefined && isId(second) && third === undefined
  const slug = isById ? undefined : slugAskedFor(url)
  return { collection: root, isList: !isById, isMixed: false, ids, ...(slug ? { slug } : {}) }
}

type FieldWithChildren = Field & {
  fields?: Field[]
  tabs?: { fields: Field[] }[]
  blocks?: { fields: Field[] }[]
}

/** The collections whose join fields `fields` show: their members change without this document. */
const joinedCollections = (fields: Field[], into: Set<string>) => {
  for (const field of fields as FieldWithChildren[]) {
    if (field.type === 'join') {
      const target = (field as { collection: string | string[] }).collection
      for (const slug of Array.isArray(target) ? target : [target]) into.add(slug)
    }
    if (field.fields) joinedCollections(field.fields, into)
    for (const tab of field.tabs ?? []) joinedCollections(tab.fields, into)
    for (const block of field.blocks ?? []) joinedCollections(block.fields, into)
  }
  return into
}

/**
 * For each collection, the other collections its answers show without naming their ids in
 * advance: join fields (an event's sub-sessions), and what a collection declares in
 * `custom.deliveryCacheDependsOn` (fields computed on read from other collections).
 */
export const dependencyMap = (config: SanitizedConfig): Map<string, Set<string>> =>
  new Map(
    config.collections.map((collection) => {
      const declared = (collection.custom?.deliveryCacheDependsOn as string[] | undefined) ?? []
      return [collection.slug, joinedCollections(collection.fields, new Set(declared))]
    }),
  )

type DeclaredReads = () => string[]

/**
 * For each first path segment of the config's endpoints (`/api/<segment>…`), the collections
 * their answers show, when every endpoint under it declares them in `custom.deliveryCacheReads`
 * (a function: registries fill in late); a segment with an undeclared endpoint is left out, and
 * its answers are dropped by every change.
 */
export const endpointReads = (config: SanitizedConfig): Map<string, ReadonlySet<string>> => {
  const bySegment = new Map<string, Set<string> | null>()
  for (const endpoint of config.endpoints || []) {
    const segment = endpoint.path.split('/')[1] ?? ''
    const declared = (endpoint.custom as { deliveryCacheReads?: DeclaredReads } | undefined)
      ?.deliveryCacheReads
    const known = bySegment.get(segment)
    if (!declared || known === null) bySegment.set(segment, null)
    else bySegment.set(segment, new Set([...(known ?? []), ...declared()]))
  }
  return new Map(
    [...bySegment].filter((entry): entry is [string, Set<string>] => entry[1] !== null),
  )
}

/**
 * Whether an answer tagged `tags` that `changes` touch may be served as it was while it is
 * computed again: a mixed answer (GraphQL, search, stats) that names none of the changed
 * documents. The changed documents' own answers, their collections' lists and globals never are.
 */
export const mayServeWhileRecomputed = (tags: EntryTags, changes: CacheChange[]): boolean =>
  tags.isMixed &&
  !changes.some((change) => change.id !== undefined && tags.ids.has(change.id.toLowerCase()))

/** Whether `change` can alter an answer tagged `tags`. */
export const isTouchedBy = (
  tags: EntryTags,
  change: CacheChange,
  dependencies: Map<string, Set<string>>,
): boolean => {
  if (tags.collection === undefined) {
    if (!tags.reads) return true
    return (
      tags.reads.has(change.collection) ||
      (change.id !== undefined && tags.ids.has(change.id.toLowerCase()))
    )
  }
  if (change.id === undefined) {
    return (
      tags.collection === change.collection ||
      Boolean(dependencies.get(tags.collection)?.has(change.collection))
    )
  }
  if (tags.ids.has(change.id.toLowerCase())) return true
  const isAnotherSlug =
    tags.slug !== undefined && change.slug !== undefined && tags.slug !== change.slug
  if (tags.collection === change.collection && tags.isList && !isAnotherSlug) return true
  return Boolean(dependencies.get(tags.collection)?.has(change.collection))
}
