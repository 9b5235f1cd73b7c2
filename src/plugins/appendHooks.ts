import type { CollectionConfig, Config, GlobalConfig } from 'payload'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
type GlobalHooks = NonNullable<GlobalConfig['hooks']>

type HookLists<THooks> = { [K in keyof THooks]?: NonNullable<THooks[K]> }

const appended = <THooks extends object>(
  current: THooks | undefined,
  added: HookLists<THooks>,
): THooks => {
  const hooks = { ...current } as Record<string, unknown[] | undefined>
  for (const [name, list] of Object.entries(added) as [string, unknown[]][]) {
    hooks[name] = [...(hooks[name] ?? []), ...list]
  }
  return hooks as THooks
}

/**
 * For a feature's plugin: runs `hooks` after the collections' own hooks (and those of plugins
 * before it), on the collections `applies` picks, without touching their files.
 */
export const appendCollectionHooks = (
  config: Config,
  applies: (collection: CollectionConfig) => boolean,
  hooks: HookLists<CollectionHooks>,
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    applies(collection) ? { ...collection, hooks: appended(collection.hooks, hooks) } : collection,
  ),
})

/** The same for globals. */
export const appendGlobalHooks = (
  config: Config,
  applies: (global: GlobalConfig) => boolean,
  hooks: HookLists<GlobalHooks>,
): Config => ({
  ...config,
  globals: (config.globals ?? []).map((global) =>
    applies(global) ? { ...global, hooks: appended(global.hooks, hooks) } : global,
  ),
})

/** For a feature's plugin: adds its own collections, globals and endpoints after the config's. */
export const addParts = (
  config: Config,
  parts: {
    collections?: CollectionConfig[]
    globals?: GlobalConfig[]
    endpoints?: NonNullable<Config['endpoints']>
  },
): Config => ({
  ...config,
  collections: [...(config.collections ?? []), ...(parts.collections ?? [])],
  globals: [...(config.globals ?? []), ...(parts.globals ?? [])],
  endpoints: [...(config.endpoints ?? []), ...(parts.endpoints ?? [])],
})

/** For a feature's plugin: adds endpoints to the collection `slug` (under `/api/{slug}/…`). */
export const addCollectionEndpoints = (
  config: Config,
  slug: string,
  endpoints: Exclude<CollectionConfig['endpoints'], false | undefined>,
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === slug
      ? { ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] }
      : collection,
  ),
})
