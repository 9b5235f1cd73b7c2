import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { PublishedStats } from '@/delivery/stats/computeStats'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'

let payload: Payload
let api: ApiClient
const ids: Record<string, string> = {}

const published = { _status: 'published' as const }
const draft = { _status: 'draft' as const }

const getStats = async (query = ''): Promise<PublishedStats> => {
  const response = await api.get(`/stats${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as PublishedStats
}

const create = async (
  key: string,
  collection: Parameters<Payload['create']>[0]['collection'],
  data: Record<string, unknown>,
) => {
  ids[key] = (await payload.create({ collection, data: data as never })).id
}

/**
 * A known set of published documents and drafts, made through the Local API (access skipped on
 * purpose: it is the content under test); the stats are read over REST as a client reads them.
 */
const seed = async () => {
  await create('national1', 'science-education-bases', {
    name: '基地一',
    level: 'national',
    district: 'shinan',
    ...published,
  })
  await create('national2', 'science-education-bases', {
    name: '基地二',
    level: 'national',
    district: 'laoshan',
    ...published,
  })
  await create('provincial', 'science-education-bases', {
    name: '基地三',
    level: 'provincial',
    district: 'shinan',
    ...published,
  })
  await create('community', 'science-education-bases', {
    name: '社区馆',
    level: 'community',
    ...published,
  })
  await create('draftBase', 'science-education-bases', {
    name: '草稿基地',
    level: 'national',
    district: 'jimo',
    ...draft,
  })

  await create('team120', 'volunteer-teams', { name: '服务队一', memberCount: 120, ...published })
  await create('team30', 'volunteer-teams', { name: '服务队二', memberCount: 30, ...published })
  await create('teamUncounted', 'volunteer-teams', { name: '服务队三', ...published })
  await create('draftTeam', 'volunteer-teams', { name: '草稿队', memberCount: 999, ...draft })

  await create('youthAward', 'awards', { name: '青岛市青年科技奖', ...published })
  await payload.update({
    collection: 'awards',
    id: ids.youthAward,
    locale: 'en',
    data: { name: 'Qingdao Youth Science and Technology Award' },
  })
  await create('draftAward', 'awards', { name: '尚未公布的奖项', ...draft })
  const recipient = (
    name: string,
    award: string,
    year: number,
    status: { _status: 'draft' | 'published' } = published,
  ) => ({
    name,
    award: ids[award],
    year,
    ...status,
  })
  await create('r1', 'award-recipients', recipient('张一', 'youthAward', 2023))
  await create('r2', 'award-recipients', recipient('张二', 'youthAward', 2023))
  await create('r3', 'award-recipients', recipient('张三', 'youthAward', 2024))
  await create('r4', 'award-recipients', recipient('张四', 'draftAward', 2024))
  await create('draftRecipient', 'award-recipients', recipient('张五', 'youthAward', 2023, draft))

  await create('forum', 'events', {
    title: '论坛',
    type: 'forum',
    startDate: '2023-09-20T01:00:00.000Z',
    ...published,
  })
  await create('competition', 'events', {
    title: '大赛',
    type: 'competition',
    startDate: '2024-05-01T01:00:00.000Z',
    ...published,
  })
  // New Year's Eve in UTC, already 1 January 2024 in Qingdao.
  await create('untyped', 'events', {
    title: '跨年活动',
    startDate: '2023-12-31T17:00:00.000Z',
    ...published,
  })
  await create('draftEvent', 'events', {
    title: '草稿论坛',
    type: 'forum',
    startDate: '2022-03-01T01:00:00.000Z',
    ...draft,
  })

  await payload.updateGlobal({
    slug: 'official-figures',
    data: {
      figures: [
        {
          key: 'national-bases',
          label: '国家级科普教育基地',
          value: 14,
          unit: '家',
          source: '青岛市科协2023年工作总结',
          asOf: '2023-12-31T00:00:00.000Z',
          sourceUrl: 'https://www.qdast.org.cn/',
        },
        { key: 'volunteers', label: '科技志愿者', value: 30000, unit: '名', isLowerBound: true },
      ],
      // Published through the system path, as the seed does (the figures are under review).
      _status: 'published',
    },
  })
}

const suite = setUpSuite(import.meta.url)

beforeAll(async () => {
  ;({ payload, api } = suite)
  await seed()
})

describe('GET /api/stats', () => {
  it('counts what is published, never a draft', async () => {
    const stats = await getStats()
    expect(stats.locale).toBe('zh')
    expect(stats.scienceEducationBases).toEqual({
      total: 4,
      byLevel: { national: 2, provincial: 1, municipal: 0, community: 1, campus: 0 },
      byDistrict: expect.objectContaining({
        shinan: 2,
        laoshan: 1,
        jimo: 0,
        unspecified: 1,
      }),
    })
    expect(stats.volunteerTeams).toEqual({ total: 3, members: 150, teamsReportingMembers: 2 })
    expect(stats.awardRecipients).toEqual({
      total: 4,
      byAward: [
        {
          award: { id: ids.youthAward, slug: expect.any(String), name: '青岛市青年科技奖' },
          count: 3,
        },
        // The award itself is a draft: its recipient is counted, under no award.
        { award: null, count: 1 },
      ],
      byYear: { '2023': 2, '2024': 2 },
    })
    expect(stats.events).toEqual({
      total: 3,
      byYear: { '2023': 1, '2024': 2 },
      byType: expect.objectContaining({ forum: 1, competition: 1, training: 0, unspecified: 1 }),
    })
  })

  it('quotes the official figures with their sources and dates', async () => {
    const { officialFigures } = await getStats()
    expect(officialFigures).toEqual([
      {
        key: 'national-bases',
        label: '国家级科普教育基地',
        value: 14,
        unit: '家',
        isLowerBound: false,
        source: '青岛市科协2023年工作总结',
        sourceUrl: 'https://www.qdast.org.cn/',
        asOf: '2023-12-31T00:00:00.000Z',
      },
      {
        key: 'volunteers',
        label: '科技志愿者',
        value: 30000,
        unit: '名',
        isLowerBound: true,
        source: null,
        sourceUrl: null,
        asOf: null,
      },
    ])
  })

  it('names awards in the locale asked for, falling back to Chinese', async () => {
    const stats = await getStats('?locale=en')
    expect(stats.locale).toBe('en')
    expect(stats.awardRecipients.byAward[0].award?.name).toBe(
      'Qingdao Youth Science and Technology Award',
    )
    expect(stats.officialFigures[0].label).toBe('国家级科普教育基地')
    const response = await api.get('/stats?locale=fr')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ message: 'locale must be one of zh, en' }],
    })
  })

  it('changes when a document is published, unpublished or deleted', async () => {
    await payload.update({
      collection: 'science-education-bases',
      id: ids.draftBase,
      data: { ...published },
    })
    let stats = await getStats()
    expect(stats.scienceEducationBases.total).toBe(5)
    expect(stats.scienceEducationBases.byLevel.national).toBe(3)
    expect(stats.scienceEducationBases.byDistrict.jimo).toBe(1)

    await payload.update({ collection: 'volunteer-teams', id: ids.team120, data: { ...draft } })
    stats = await getStats()
    expect(stats.volunteerTeams).toEqual({ total: 2, members: 30, teamsReportingMembers: 1 })

    await payload.delete({ collection: 'events', id: ids.competition })
    stats = await getStats()
    expect(stats.events.total).toBe(2)
    expect(stats.events.byYear).toEqual({ '2023': 1, '2024': 1 })

    await payload.update({ collection: 'awards', id: ids.draftAward, data: { ...published } })
    stats = await getStats()
    expect(stats.awardRecipients.byAward.map(({ award, count }) => [award?.name, count])).toEqual([
      ['青岛市青年科技奖', 3],
      ['尚未公布的奖项', 1],
    ])
  })

  it('keeps the published counts while a draft of a published document waits', async () => {
    await payload.update({
      collection: 'science-education-bases',
      id: ids.national1,
      draft: true,
      data: { level: 'campus' },
    })
    const stats = await getStats()
    expect(stats.scienceEducationBases.byLevel).toMatchObject({ national: 3, campus: 0 })
  })

  it('serves the cached answer until something changes, then counts again', async () => {
    // Counts taken within a second of a change are not kept (its transaction may still be open).
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const first = await getStats()
    const second = await getStats()
    expect(second.generatedAt).toBe(first.generatedAt)

    await payload.updateGlobal({
      slug: 'official-figures',
      data: {
        figures: [{ key: 'teams', label: '科技志愿服务队', value: 374, unit: '支' }],
        _status: 'published',
      },
    })
    const third = await getStats()
    expect(third.generatedAt).not.toBe(first.generatedAt)
    expect(third.officialFigures.map(({ key, value }) => [key, value])).toEqual([['teams', 374]])
  })
})
