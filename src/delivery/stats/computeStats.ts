import type { CollectionSlug, Payload, TypedLocale, Where } from 'payload'

import type { OfficialFigure } from '@/payload-types'

export type CountMap = Record<string, number>

export type PublishedStats = {
  locale: string
  /** When these counts were taken (they are cached until content changes). */
  generatedAt: string
  scienceEducationBases: { total: number; byLevel: CountMap; byDistrict: CountMap }
  volunteerTeams: { total: number; members: number; teamsReportingMembers: number }
  awardRecipients: {
    total: number
    byAward: { award: null | { id: string; slug: null | string; name: string }; count: number }[]
    byYear: CountMap
  }
  events: { total: number; byYear: CountMap; byType: CountMap }
  /** The association's own published figures (the `official-figures` global), as entered. */
  officialFigures: {
    key: string
    label: string
    value: number
    unit: null | string
    isLowerBound: boolean
    source: null | string
    sourceUrl: null | string
    asOf: null | string
  }[]
}

/** Key for documents that leave an optional select empty (no district, no event type). */
export const UNSPECIFIED = 'unspecified'

/** Event years are counted on the association's calendar (Qingdao), not in UTC. */
const yearInChina = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' })

const published: Where = { _status: { equals: 'published' } }

/**
 * Every option of a select field counted from zero, so a level with no bases still shows (and
 * UNSPECIFIED for a field that may be left empty): clients get the same keys every time.
 */
const zeroPerOption = (payload: Payload, collection: CollectionSlug, name: string): CountMap => {
  const field = payload.collections[collection].config.flattenedFields.find(
    (candidate) => candidate.name === name,
  )
  if (!field || !('options' in field)) return {}
  const counts: CountMap = Object.fromEntries(
    field.options.map((option) => [typeof option === 'string' ? option : option.value, 0]),
  )
  if (!field.required) counts[UNSPECIFIED] = 0
  return counts
}

const tally = (counts: CountMap, key: null | number | string | undefined): CountMap => {
  const bucket = key === null || key === undefined || key === '' ? UNSPECIFIED : String(key)
  counts[bucket] = (counts[bucket] ?? 0) + 1
  return counts
}

/**
 * Counts of what readers can see, read as an anonymous reader (access on, no user): the answer
 * is shared by everyone, so it must never include a draft.
 */
export const computeStats = async (
  payload: Payload,
  locale: TypedLocale,
): Promise<PublishedStats> => {
  const readPublished = async <TSlug extends CollectionSlug>(
    collection: TSlug,
    select: Record<string, true>,
  ) => {
    // Widened on purpose: with every collection in the union, TypeScript gives up (TS2590) on
    // inferring find's result, which is cast to plain records just below anyway.
    const { docs } = await payload.find({
      collection: collection as CollectionSlug as 'articles',
      where: published,
      select,
      locale,
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    return docs as unknown as Record<string, unknown>[]
  }

  const [bases, teams, recipients, awards, events, figures] = await Promise.all([
    readPublished('science-education-bases', { level: true, district: true }),
    readPublished('volunteer-teams', { memberCount: true }),
    readPublished('award-recipients', { award: true, year: true }),
    readPublished('awards', { name: true, slug: true }),
    readPublished('events', { startDate: true, type: true }),
    payload.findGlobal({
      slug: 'official-figures',
      locale,
      depth: 0,
      overrideAccess: false,
    }) as Promise<OfficialFigure>,
  ])

  const byLevel = zeroPerOption(payload, 'science-education-bases', 'level')
  const byDistrict = zeroPerOption(payload, 'science-education-bases', 'district')
  for (const base of bases) {
    tally(byLevel, base.level as string)
    tally(byDistrict, base.district as string)
  }

  const memberCounts = teams
    .map((team) => team.memberCount)
    .filter((count): count is number => typeof count === 'number')

  const awardById = new Map(awards.map((award) => [String(award.id), award]))
  const perAward = new Map<null | string, number>()
  const byRecipientYear: CountMap = {}
  for (const recipient of recipients) {
    // A recipient of an award that is not published is counted, under no award.
    const awardId = awardById.has(String(recipient.award)) ? String(recipient.award) : null
    perAward.set(awardId, (perAward.get(awardId) ?? 0) + 1)
    tally(byRecipientYear, recipient.year as number)
  }

  const byEventType = zeroPerOption(payload, 'events', 'type')
  const byEventYear: CountMap = {}
  for (const event of events) {
    tally(byEventType, event.type as string)
    const start = event.startDate ? new Date(event.startDate as string) : null
    tally(byEventYear, start ? yearInChina.format(start) : null)
  }

  return {
    locale,
    generatedAt: new Date().toISOString(),
    scienceEducationBases: { total: bases.length, byLevel, byDistrict },
    volunteerTeams: {
      total: teams.length,
      members: memberCounts.reduce((sum, count) => sum + count, 0),
      teamsReportingMembers: memberCounts.length,
    },
    awardRecipients: {
      total: recipients.length,
      byAward: [...perAward.entries()]
        .map(([id, count]) => {
          const award = id === null ? undefined : awardById.get(id)
          return {
            award: award
              ? {
                  id: String(award.id),
                  slug: (award.slug as string) ?? null,
                  name: String(award.name ?? ''),
                }
              : null,
            count,
          }
        })
        .sort(
          (a, b) =>
            b.count - a.count || (a.award?.name ?? '').localeCompare(b.award?.name ?? '', 'zh'),
        ),
      byYear: byRecipientYear,
    },
    events: { total: events.length, byYear: byEventYear, byType: byEventType },
    officialFigures: (figures.figures ?? []).map((figure) => ({
      key: figure.key,
      label: figure.label,
      value: figure.value,
      unit: figure.unit ?? null,
      isLowerBound: Boolean(figure.isLowerBound),
      source: figure.source ?? null,
      sourceUrl: figure.sourceUrl ?? null,
      asOf: figure.asOf ?? null,
    })),
  }
}
