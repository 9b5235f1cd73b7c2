import type { CollectionSlug, Payload } from 'payload'

import { ensureSampleComplianceRules } from '@/compliance/sample'

import { DEMO_ARTICLES, MAIN_ARTICLE } from './content/articles'
import { DEMO_AWARD_RECIPIENTS, DEMO_AWARDS } from './content/awards'
import { DEMO_CATEGORIES } from './content/categories'
import { DEMO_EVENTS } from './content/events'
import { DEMO_HOMEPAGE_HERO, DEMO_SITE_SETTINGS, FEATURED_EVENT_SLUGS } from './content/globals'
import { DEMO_FIGURES } from './content/officialFigures'
import { DEMO_SCIENCE_EDUCATION_BASES } from './content/scienceEducationBases'
import { DEMO_VOLUNTEER_TEAMS } from './content/volunteerTeams'
import type { DemoDocument } from './ensureDocument'
import { ensureDocument } from './ensureDocument'
import { fillGlobal } from './fillGlobal'
import { ensureOfficialFigures } from './officialFigures'
import { SEED_CONTEXT } from './publish'

/** The collections that hold demo content, in the order they are seeded (references first). */
export const DEMO_COLLECTIONS = [
  'categories',
  'science-education-bases',
  'events',
  'volunteer-teams',
  'awards',
  'award-recipients',
  'articles',
] as const satisfies CollectionSlug[]

type DemoCollection = (typeof DEMO_COLLECTIONS)[number]

export type SeedReport = {
  /** True when the database already had content and `whenContentExists` was `skip`. */
  isSkipped: boolean
  created: Record<DemoCollection, number>
  existing: Record<DemoCollection, number>
  /** Demo documents created as drafts for the review queue. */
  draftsForReview: number
  figuresAdded: number
  globalsFilled: string[]
  /** Sample compliance rules added (src/compliance/sample.ts). */
  complianceRulesAdded: number
}

export type SeedOptions = {
  log?: (line: string) => void
  /**
   * `skip` (the development server, on every start): seed only a database without any content,
   * so nothing an editor deleted comes back. `fill-missing` (`npm run seed`): create every demo
   * document that is missing and fill empty globals, leaving existing documents alone.
   */
  whenContentExists?: 'fill-missing' | 'skip'
}

const countsOf = () =>
  Object.fromEntries(DEMO_COLLECTIONS.map((slug) => [slug, 0])) as Record<DemoCollection, number>

/** Whether any demo collection holds a document, drafts included. */
export const hasContent = async (payload: Payload): Promise<boolean> => {
  for (const collection of DEMO_COLLECTIONS) {
    // Seeding acts as the system: drafts count as content whoever may read them.
    const { totalDocs } = await payload.count({
      collection,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Seeds the demo content drawn from the source article (src/seed/content): categories, the
 * article, its events, science education bases, volunteer teams, awards, the official figures,
 * site settings and homepage. Idempotent: documents are matched on their slug (figures on their
 * key) and only missing ones are created; empty global fields are filled, set ones never changed.
 */
export const seedDemoContent = async (
  payload: Payload,
  { log = (line) => payload.logger.info(line), whenContentExists = 'skip' }: SeedOptions = {},
): Promise<SeedReport> => {
  const report: SeedReport = {
    isSkipped: false,
    created: countsOf(),
    existing: countsOf(),
    draftsForReview: 0,
    figuresAdded: 0,
    globalsFilled: [],
    complianceRulesAdded: 0,
  }
  if (whenContentExists === 'skip' && (await hasContent(payload))) {
    const skipped = { ...report, isSkipped: true }
    log(formatSeedReport(skipped))
    return skipped
  }

  const ensure = async <TSlug extends DemoCollection>(
    collection: TSlug,
    document: DemoDocument<TSlug>,
  ): Promise<string> => {
    const { id, isCreated, isInReview } = await ensureDocument(payload, collection, document)
    report[isCreated ? 'created' : 'existing'][collection] += 1
    if (isInReview) report.draftsForReview += 1
    return id
  }
  const ids = new Map<string, string>()
  const idOf = (collection: DemoCollection, slug: string) => {
    const id = ids.get(`${collection}/${slug}`)
    if (!id) throw new Error(`demo content refers to ${collection}/${slug} before seeding it`)
    return id
  }
  const remember = (collection: DemoCollection, slug: string, id: string) =>
    ids.set(`${collection}/${slug}`, id)

  for (const { slug, zh, en } of DEMO_CATEGORIES) {
    remember(
      'categories',
      slug,
      await ensure('categories', { slug, zh: { name: zh }, en: { name: en } }),
    )
  }
  for (const base of DEMO_SCIENCE_EDUCATION_BASES) {
    remember('science-education-bases', base.slug, await ensure('science-education-bases', base))
  }
  for (const { parentSlug, ...event } of DEMO_EVENTS) {
    const parent = parentSlug ? idOf('events', parentSlug) : undefined
    remember(
      'events',
      event.slug,
      await ensure('events', { ...event, zh: { ...event.zh, parent } }),
    )
  }
  for (const team of DEMO_VOLUNTEER_TEAMS) await ensure('volunteer-teams', team)
  for (const award of DEMO_AWARDS) remember('awards', award.slug, await ensure('awards', award))
  for (const { awardSlug, ...recipient } of DEMO_AWARD_RECIPIENTS) {
    const award = idOf('awards', awardSlug)
    await ensure('award-recipients', { ...recipient, zh: { ...recipient.zh, award } })
  }

  // Links to what readers can open: the published events (not their example sessions) and bases.
  const relatedEvents = DEMO_EVENTS.filter(
    ({ parentSlug, stage }) => !parentSlug && stage !== 'review',
  ).map(({ slug }) => idOf('events', slug))
  const relatedBases = DEMO_SCIENCE_EDUCATION_BASES.filter(({ stage }) => stage !== 'review').map(
    ({ slug }) => idOf('science-education-bases', slug),
  )
  for (const { categorySlug, isLinkedToEverything, ...article } of DEMO_ARTICLES) {
    const links = isLinkedToEverything ? { relatedEvents, relatedBases } : {}
    const category = idOf('categories', categorySlug)
    remember(
      'articles',
      article.slug,
      await ensure('articles', { ...article, zh: { ...article.zh, category, ...links } }),
    )
  }

  report.figuresAdded = await ensureOfficialFigures(payload, DEMO_FIGURES)
  if (report.figuresAdded) report.globalsFilled.push('official-figures')
  if (await fillGlobal(payload, 'site-settings', DEMO_SITE_SETTINGS)) {
    report.globalsFilled.push('site-settings')
  }
  const homepage = {
    zh: {
      hero: DEMO_HOMEPAGE_HERO.zh,
      featuredArticles: [idOf('articles', MAIN_ARTICLE)],
      featuredEvents: FEATURED_EVENT_SLUGS.map((slug) => idOf('events', slug)),
    },
    en: { hero: DEMO_HOMEPAGE_HERO.en },
  }
  if (await fillGlobal(payload, 'homepage', homepage)) report.globalsFilled.push('homepage')
  report.complianceRulesAdded = await ensureSampleComplianceRules(payload, SEED_CONTEXT)

  log(formatSeedReport(report))
  return report
}

const listCounts = (counts: Record<DemoCollection, number>) =>
  DEMO_COLLECTIONS.filter((slug) => counts[slug] > 0)
    .map((slug) => `${counts[slug]} ${slug.replace(/-/g, ' ')}`)
    .join(', ')

/** One line saying what a seed run did. */
export const formatSeedReport = (report: SeedReport): string => {
  if (report.isSkipped) {
    return 'Demo content: skipped, the database already has content (`npm run seed` adds what is missing)'
  }
  const created = listCounts(report.created)
  const existing = Object.values(report.existing).reduce((sum, count) => sum + count, 0)
  const parts = [
    created ? `created ${created}` : 'created nothing',
    report.draftsForReview ? `${report.draftsForReview} of them drafts for review` : '',
    existing ? `${existing} already present, left as they were` : '',
    report.figuresAdded ? `${report.figuresAdded} official figures added` : '',
    report.globalsFilled.length ? `filled in ${report.globalsFilled.join(', ')}` : '',
    report.complianceRulesAdded
      ? `${report.complianceRulesAdded} sample compliance rules added`
      : '',
  ]
  return `Demo content: ${parts.filter(Boolean).join('; ')}`
}
