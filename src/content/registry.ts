import type { SearchSource } from '@/delivery/search/sources'

export type Label = { zh: string; en: string }

/**
 * What a collection in the editorial workflow takes part in. The one place that says it: the
 * workflow, search, the delivery cache, rich-text links, webhooks, the review settings and the
 * seed derive their lists from these entries (src/content/README in docs/architecture.md).
 */
export type WorkflowCollectionEntry = {
  slug: string
  /** The plural label, as lists, filters and the review settings show it. */
  labels: Label
  /** Approvals a submission needs when `workflow-settings` says nothing (1–3). */
  reviewLevels: number
  /** Its field in the `workflow-settings` global's `reviewLevels` group (camelCase). */
  settingsField: string
  /**
   * Content readers receive: followed by webhooks and, as the flags below say, searched, cached
   * and linked to. False for a workflow collection that is not itself content (a release).
   */
  isContent: boolean
  /** Where readers' search finds its text; absent: not searchable. */
  search?: SearchSource
  /** Anonymous answers under `/api/{slug}` are cacheable published content. */
  isCacheable: boolean
  /** Rich text may link to its documents. */
  isLinkable: boolean
}

/** The six content collections of the editorial workflow, in admin navigation order. */
const BUILT_IN = [
  {
    slug: 'articles',
    labels: { zh: '新闻', en: 'Articles' },
    // 三审 for news.
    reviewLevels: 2,
    settingsField: 'articles',
    isContent: true,
    search: {
      title: 'title',
      summary: ['summary', { array: 'tags', field: 'tag' }],
      body: 'content',
      sortDate: 'publishedAt',
    },
    isCacheable: true,
    isLinkable: true,
  },
  {
    slug: 'events',
    labels: { zh: '活动', en: 'Events' },
    reviewLevels: 1,
    settingsField: 'events',
    isContent: true,
    search: {
      title: 'title',
      summary: [
        'series',
        'venue',
        { array: 'organizers', field: 'name' },
        { array: 'partners', field: 'name' },
      ],
      body: 'description',
      sortDate: 'startDate',
    },
    isCacheable: true,
    isLinkable: true,
  },
  {
    slug: 'science-education-bases',
    labels: { zh: '科普教育基地', en: 'Science education bases' },
    reviewLevels: 1,
    settingsField: 'scienceEducationBases',
    isContent: true,
    search: { title: 'name', summary: ['address'], body: 'description' },
    isCacheable: true,
    isLinkable: true,
  },
  {
    slug: 'volunteer-teams',
    labels: { zh: '科技志愿服务队', en: 'Volunteer teams' },
    reviewLevels: 1,
    settingsField: 'volunteerTeams',
    isContent: true,
    search: { title: 'name', summary: ['hostOrganization'], body: 'description' },
    isCacheable: true,
    isLinkable: true,
  },
  {
    slug: 'awards',
    labels: { zh: '奖项', en: 'Awards' },
    reviewLevels: 1,
    settingsField: 'awards',
    isContent: true,
    search: { title: 'name', summary: ['organizer'], body: 'description' },
    isCacheable: true,
    isLinkable: true,
  },
  {
    slug: 'award-recipients',
    labels: { zh: '获奖者', en: 'Award recipients' },
    reviewLevels: 1,
    settingsField: 'awardRecipients',
    isContent: true,
    search: { title: 'name', summary: ['affiliation', 'discipline'], body: 'citation' },
    isCacheable: true,
    isLinkable: true,
  },
] as const satisfies readonly WorkflowCollectionEntry[]

/** The slugs known when the code is compiled (the generated types know these). */
export type BuiltInWorkflowSlug = (typeof BUILT_IN)[number]['slug']
export type BuiltInContentSlug = Extract<(typeof BUILT_IN)[number], { isContent: true }>['slug']
export type BuiltInSearchableSlug = Extract<(typeof BUILT_IN)[number], { search: object }>['slug']

const entries: WorkflowCollectionEntry[] = [...BUILT_IN]

/**
 * Every workflow collection, in registration order. A live list: `registerWorkflowCollection`
 * adds to it, and every list derived from it (below and in the features) follows.
 */
export const workflowCollectionEntries = (): readonly WorkflowCollectionEntry[] => entries

export const contentCollectionEntries = (): WorkflowCollectionEntry[] =>
  entries.filter((entry) => entry.isContent)

export const entryOf = (slug: string): undefined | WorkflowCollectionEntry =>
  entries.find((entry) => entry.slug === slug)

type Listener = (entry: WorkflowCollectionEntry) => void
const listeners: Listener[] = []

/**
 * Keeps a derived list or map in step with the registry: `derive` runs for every entry now and
 * for every entry registered later. For modules that export a constant list.
 */
export const deriveFromRegistry = (derive: Listener): void => {
  for (const entry of entries) derive(entry)
  listeners.push(derive)
}

/**
 * Adds a collection to the workflow (and, when `isContent`, to search, cache, links and webhooks
 * as its flags say). Call it before `payload.config.ts` is imported, from a module that imports
 * nothing but this registry, then list the collection (built with `workflowCollection`) in the
 * config: the features' collections (workflow history, search index, webhooks, review settings)
 * take their options from the registry when they are built. A built-in collection is better
 * added to BUILT_IN above, so its slug is part of the compiled types.
 */
export const registerWorkflowCollection = (entry: WorkflowCollectionEntry): void => {
  if (entryOf(entry.slug)) throw new Error(`workflow collection ${entry.slug} is registered twice`)
  entries.push(entry)
  for (const derive of listeners) derive(entry)
}

/**
 * A site global readers see (the homepage, the official figures) that goes through the editorial
 * workflow like a document: drafts, review levels from `workflow-settings`, the workflow endpoint
 * at `/api/workflow/globals/{slug}`, and a place in releases. Not searched or linked to.
 */
export type WorkflowGlobalEntry = {
  slug: string
  labels: Label
  /** Approvals a submission needs when `workflow-settings` says nothing (1–3). */
  reviewLevels: number
  /** Its field in the `workflow-settings` global's `reviewLevels` group (camelCase). */
  settingsField: string
}

/** The public-facing globals under review, in admin navigation order. */
export const WORKFLOW_GLOBAL_ENTRIES = [
  {
    slug: 'homepage',
    labels: { zh: '首页', en: 'Homepage' },
    reviewLevels: 1,
    settingsField: 'homepage',
  },
  {
    slug: 'official-figures',
    labels: { zh: '官方统计数据', en: 'Official figures' },
    reviewLevels: 1,
    settingsField: 'officialFigures',
  },
] as const satisfies readonly WorkflowGlobalEntry[]

export type WorkflowGlobalSlug = (typeof WORKFLOW_GLOBAL_ENTRIES)[number]['slug']

export const globalEntryOf = (slug: unknown): undefined | WorkflowGlobalEntry =>
  WORKFLOW_GLOBAL_ENTRIES.find((entry) => entry.slug === slug)
