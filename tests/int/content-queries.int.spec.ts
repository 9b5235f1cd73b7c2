import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { richText } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: ApiClient
let staffToken: string
const ids: Record<string, string> = {}

const published = { _status: 'published' as const }
const draft = { _status: 'draft' as const }

/**
 * Set-up through the Local API (access skipped on purpose: this is the content under test, not
 * the behaviour); every read below goes through REST or GraphQL as a client would.
 */
const seed = async () => {
  const category = await payload.create({ collection: 'categories', data: { name: '科普' } })
  ids.category = category.id

  const bases: [string, Record<string, unknown>][] = [
    [
      'aquarium',
      {
        name: '青岛水族馆',
        level: 'national',
        district: 'shinan',
        yearDesignated: 2019,
        themes: ['marine'],
        ...published,
      },
    ],
    [
      'hisense',
      {
        name: '海信探索中心',
        level: 'provincial',
        kind: 'social-science-museum',
        district: 'laoshan',
        yearDesignated: 2021,
        ...published,
      },
    ],
    [
      'laoshanHall',
      {
        name: '崂山区社区科普馆',
        level: 'community',
        district: 'laoshan',
        yearDesignated: 2021,
        ...published,
      },
    ],
    [
      'tibetHall',
      {
        name: '桑珠孜区海洋科普馆',
        level: 'community',
        district: 'outside-qingdao',
        location: { longitude: 88.88, latitude: 29.27 },
        ...published,
      },
    ],
    [
      'draftBase',
      { name: '即墨草稿基地', level: 'national', district: 'jimo', yearDesignated: 2019, ...draft },
    ],
  ]
  for (const [key, data] of bases) {
    ids[key] = (
      await payload.create({ collection: 'science-education-bases', data: data as never })
    ).id
  }

  const teams: [string, Record<string, unknown>][] = [
    [
      'silver',
      {
        name: '市南区银龄科普志愿服务队',
        district: 'shinan',
        campaigns: ['silver-age'],
        memberCount: 120,
        ...published,
      },
    ],
    [
      'dandelion',
      {
        name: '崂山区蒲公英科普志愿服务队',
        district: 'laoshan',
        campaigns: ['dandelion'],
        ...published,
      },
    ],
    ['draftTeam', { name: '市南区草稿服务队', district: 'shinan', ...draft }],
  ]
  for (const [key, data] of teams) {
    ids[key] = (await payload.create({ collection: 'volunteer-teams', data: data as never })).id
  }

  ids.waterConference = (
    await payload.create({
      collection: 'events',
      data: {
        title: '第九届青岛国际水大会',
        type: 'international-conference',
        series: '青岛国际水大会',
        edition: 9,
        district: 'huangdao',
        organizers: [{ name: '青岛市科学技术协会' }, { name: '青岛西海岸新区管委会' }],
        startDate: '2023-09-20T01:00:00.000Z',
        endDate: '2023-09-22T09:00:00.000Z',
        ...published,
      },
    })
  ).id
  ids.meeting = (
    await payload.create({
      collection: 'events',
      data: {
        title: '2024青岛市学术年会',
        type: 'annual-meeting',
        district: 'shinan',
        startDate: '2024-11-01T01:00:00.000Z',
        ...published,
      },
    })
  ).id
  ids.session = (
    await payload.create({
      collection: 'events',
      data: {
        title: '海洋科学分会',
        type: 'sub-session',
        parent: ids.meeting,
        startDate: '2024-11-01T06:00:00.000Z',
        ...published,
      },
    })
  ).id
  ids.draftSession = (
    await payload.create({
      collection: 'events',
      data: {
        title: '草稿分会',
        type: 'sub-session',
        parent: ids.meeting,
        startDate: '2024-11-02T06:00:00.000Z',
        ...draft,
      },
    })
  ).id

  ids.youthAward = (
    await payload.create({ collection: 'awards', data: { name: '青岛市青年科技奖', ...published } })
  ).id
  ids.mostBeautiful = (
    await payload.create({
      collection: 'awards',
      data: { name: '青岛最美科技工作者', ...published },
    })
  ).id
  ids.draftAward = (
    await payload.create({ collection: 'awards', data: { name: '草稿奖项', ...draft } })
  ).id

  const recipients: [string, Record<string, unknown>][] = [
    ['zhang', { name: '张海', award: ids.youthAward, year: 2021, ...published }],
    ['li', { name: '李洋', award: ids.youthAward, year: 2022, ...published }],
    ['wang', { name: '王山', award: ids.mostBeautiful, year: 2022, ...published }],
    ['zhao', { name: '赵草稿', award: ids.youthAward, year: 2022, ...draft }],
  ]
  for (const [key, data] of recipients) {
    ids[key] = (await payload.create({ collection: 'award-recipients', data: data as never })).id
  }

  ids.article = (
    await payload.create({
      collection: 'articles',
      data: {
        title: '青岛市科协强化科普阵地建设',
        content: richText('创建国家级科普教育基地14家。'),
        category: ids.category,
        relatedBases: [ids.aquarium, ids.draftBase],
        tags: [{ tag: '海洋' }, { tag: '科普阵地' }],
        ...published,
      },
    })
  ).id
  ids.draftArticle = (
    await payload.create({
      collection: 'articles',
      data: {
        title: '未发布的新闻',
        content: richText('草稿'),
        category: ids.category,
        ...draft,
      },
    })
  ).id
}

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api } = suite)
  const { staff } = suite
  staffToken = await api.login(staff.editor.email, TEST_PASSWORD)
  await seed()
})

type Docs = { docs: Record<string, unknown>[] }

/** GET a list and return one field of each document, sorted (order is not under test). */
const restList = async (path: string, field: string, token?: string) => {
  const response = await api.get(path, { token })
  expect(response.status).toBe(200)
  const { docs } = (await response.json()) as Docs
  return docs.map((doc) => doc[field]).sort()
}

const graphql = async <T>(query: string, token?: string): Promise<T> => {
  const response = await api.graphql(query, { token })
  const json = (await response.json()) as { data: T; errors?: unknown[] }
  expect(json.errors).toBeUndefined()
  return json.data
}

const names = (result: { docs: { name?: string; title?: string }[] }) =>
  result.docs.map((doc) => doc.name ?? doc.title).sort()

describe('REST filters (anonymous sees published only)', () => {
  it('science education bases by level, district and year', async () => {
    const base = '/science-education-bases?limit=50'
    expect(await restList(`${base}&where[level][equals]=national`, 'name')).toEqual(['青岛水族馆'])
    expect(await restList(`${base}&where[level][equals]=national`, 'name', staffToken)).toEqual(
      ['即墨草稿基地', '青岛水族馆'].sort(),
    )
    expect(await restList(`${base}&where[district][equals]=laoshan`, 'name')).toEqual(
      ['崂山区社区科普馆', '海信探索中心'].sort(),
    )
    expect(await restList(`${base}&where[yearDesignated][equals]=2021`, 'name')).toEqual(
      ['崂山区社区科普馆', '海信探索中心'].sort(),
    )
    expect(await restList(`${base}&where[themes][in]=marine`, 'name')).toEqual(['青岛水族馆'])
    expect(await restList(`${base}&where[district][equals]=outside-qingdao`, 'name')).toEqual([
      '桑珠孜区海洋科普馆',
    ])
    // No geo queries (SQLite has none); a bounding box on the plain coordinates works everywhere.
    expect(await restList(`${base}&where[location.latitude][less_than]=32`, 'name')).toEqual([
      '桑珠孜区海洋科普馆',
    ])
  })

  it('volunteer teams by district and campaign', async () => {
    const base = '/volunteer-teams?limit=50'
    expect(await restList(`${base}&where[district][equals]=shinan`, 'name')).toEqual([
      '市南区银龄科普志愿服务队',
    ])
    expect(await restList(`${base}&where[campaigns][in]=dandelion`, 'name')).toEqual([
      '崂山区蒲公英科普志愿服务队',
    ])
  })

  it('events by district, type and start date', async () => {
    const base = '/events?limit=50'
    expect(await restList(`${base}&where[district][equals]=huangdao`, 'title')).toEqual([
      '第九届青岛国际水大会',
    ])
    expect(
      await restList(`${base}&where[organizers.name][equals]=青岛市科学技术协会`, 'title'),
    ).toEqual(['第九届青岛国际水大会'])
    expect(await restList(`${base}&where[type][equals]=sub-session`, 'title')).toEqual([
      '海洋科学分会',
    ])
    expect(
      await restList(
        `${base}&where[startDate][greater_than_equal]=2024-01-01T00:00:00.000Z`,
        'title',
      ),
    ).toEqual(['2024青岛市学术年会', '海洋科学分会'].sort())
  })

  it('award recipients by award and year', async () => {
    const path = `/award-recipients?limit=50&where[award][equals]=${ids.youthAward}&where[year][equals]=2022`
    expect(await restList(path, 'name')).toEqual(['李洋'])
    expect(await restList(path, 'name', staffToken)).toEqual(['李洋', '赵草稿'].sort())
    expect(await restList('/award-recipients?where[year][equals]=2022', 'name')).toEqual(
      ['李洋', '王山'].sort(),
    )
  })

  it('awards and articles', async () => {
    expect(await restList('/awards', 'name')).toEqual(
      ['青岛市青年科技奖', '青岛最美科技工作者'].sort(),
    )
    expect(await restList(`/articles?where[category][equals]=${ids.category}`, 'title')).toEqual([
      '青岛市科协强化科普阵地建设',
    ])
    expect(await restList('/articles?where[tags.tag][equals]=海洋', 'title')).toEqual([
      '青岛市科协强化科普阵地建设',
    ])
  })

  it('stamps publishedAt on a published article that had none', async () => {
    const response = await api.get(`/articles/${ids.article}`)
    const { publishedAt } = (await response.json()) as { publishedAt: string }
    expect(new Date(publishedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60 * 1000)
  })

  it('finds Chinese text by substring, and pinyin through the slug', async () => {
    expect(await restList('/science-education-bases?where[name][like]=水族', 'name')).toEqual([
      '青岛水族馆',
    ])
    expect(await restList('/events?where[title][like]=水大会', 'title')).toEqual([
      '第九届青岛国际水大会',
    ])
    expect(await restList('/awards?where[name][contains]=最美', 'name')).toEqual([
      '青岛最美科技工作者',
    ])
    expect(await restList('/science-education-bases?where[slug][like]=shui-zu', 'name')).toEqual([
      '青岛水族馆',
    ])
  })
})

describe('GraphQL filters (anonymous sees published only)', () => {
  it('filters every collection by level, district, year and award', async () => {
    type Result = Record<string, { docs: { name?: string; title?: string }[] }>
    const data = await graphql<Result>(`{
      national: ScienceEducationBases(where: { level: { equals: national } }) { docs { name } }
      laoshan: ScienceEducationBases(where: { district: { equals: laoshan } }) { docs { name } }
      designated2019: ScienceEducationBases(where: { yearDesignated: { equals: 2019 } }) { docs { name } }
      teams: VolunteerTeams(where: { district: { equals: shinan } }) { docs { name } }
      events: Events(where: { district: { equals: huangdao } }) { docs { title } }
      recipients: AwardRecipients(where: { award: { equals: "${ids.youthAward}" }, year: { equals: 2022 } }) { docs { name } }
      awards: Awards { docs { name } }
      articles: Articles(where: { category: { equals: "${ids.category}" } }) { docs { title } }
    }`)
    expect(names(data.national)).toEqual(['青岛水族馆'])
    expect(names(data.laoshan)).toEqual(['崂山区社区科普馆', '海信探索中心'].sort())
    expect(names(data.designated2019)).toEqual(['青岛水族馆'])
    expect(names(data.teams)).toEqual(['市南区银龄科普志愿服务队'])
    expect(names(data.events)).toEqual(['第九届青岛国际水大会'])
    expect(names(data.recipients)).toEqual(['李洋'])
    expect(names(data.awards)).toEqual(['青岛市青年科技奖', '青岛最美科技工作者'].sort())
    expect(names(data.articles)).toEqual(['青岛市科协强化科普阵地建设'])
  })

  it('shows staff the drafts as well', async () => {
    const data = await graphql<{ AwardRecipients: { docs: { name: string }[] } }>(
      `{ AwardRecipients(where: { year: { equals: 2022 }, award: { equals: "${ids.youthAward}" } }) { docs { name } } }`,
      staffToken,
    )
    expect(names(data.AwardRecipients)).toEqual(['李洋', '赵草稿'].sort())
  })
})

describe('drafts stay private', () => {
  it('a draft is not returned by id over REST or GraphQL', async () => {
    expect((await api.get(`/science-education-bases/${ids.draftBase}`)).status).toBe(404)
    expect((await api.get(`/articles/${ids.draftArticle}`)).status).toBe(404)
    expect((await api.get(`/articles/${ids.draftArticle}`, { token: staffToken })).status).toBe(200)

    const response = await api.graphql(`{ Award(id: "${ids.draftAward}") { name } }`)
    const json = (await response.json()) as { data?: { Award: unknown } }
    expect(json.data?.Award ?? null).toBeNull()
  })

  it('a newer draft of a published document is not served, even with draft=true', async () => {
    await payload.update({
      collection: 'events',
      id: ids.waterConference,
      data: { title: '未审核的新标题' },
      draft: true,
    })
    const byId = (await (await api.get(`/events/${ids.waterConference}?draft=true`)).json()) as {
      title: string
    }
    expect(byId.title).toBe('第九届青岛国际水大会')

    const list = await api.get('/events?draft=true&limit=50')
    expect(await list.text()).not.toContain('未审核的新标题')

    const data = await graphql<{ Event: { title: string }; Events: { docs: { title: string }[] } }>(
      `{
        Event(id: "${ids.waterConference}", draft: true) { title }
        Events(draft: true, limit: 50) { docs { title } }
      }`,
    )
    expect(data.Event.title).toBe('第九届青岛国际水大会')
    expect(JSON.stringify(data.Events)).not.toContain('未审核的新标题')

    const staffView = (await (
      await api.get(`/events/${ids.waterConference}?draft=true`, { token: staffToken })
    ).json()) as { title: string }
    expect(staffView.title).toBe('未审核的新标题')
  })

  it('versions are for staff only', async () => {
    expect((await api.get('/events/versions')).status).toBe(403)
    expect((await api.get('/events/versions', { token: staffToken })).status).toBe(200)
  })

  it('joins and relationships do not bring drafts along', async () => {
    const meeting = (await (await api.get(`/events/${ids.meeting}`)).json()) as {
      subSessions: { docs: { title: string }[] }
    }
    expect(meeting.subSessions.docs.map((doc) => doc.title)).toEqual(['海洋科学分会'])

    const article = await api.get(`/articles/${ids.article}?depth=1`)
    const text = await article.text()
    expect(text).toContain('青岛水族馆')
    expect(text).not.toContain('即墨草稿基地')

    const data = await graphql<{ Award: { recipients: { docs: { name: string }[] } } }>(
      `{ Award(id: "${ids.youthAward}") { recipients { docs { name } } } }`,
    )
    expect(names(data.Award.recipients)).toEqual(['张海', '李洋'].sort())
  })
})

describe('globals', () => {
  it('anyone reads the homepage, without the drafts it features', async () => {
    await payload.updateGlobal({
      slug: 'homepage',
      data: {
        hero: { heading: '科技立则民族立' },
        featuredEvents: [ids.session, ids.draftSession],
        // Published through the system path, as the seed does (the homepage is under review).
        _status: 'published',
      },
    })
    const response = await api.get('/globals/homepage?depth=1')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toContain('科技立则民族立')
    expect(text).toContain('海洋科学分会')
    expect(text).not.toContain('草稿分会')
  })
})

describe('locales', () => {
  it('falls back to Chinese and serves English once it is written', async () => {
    const path = `/science-education-bases/${ids.aquarium}`
    expect(((await (await api.get(`${path}?locale=en`)).json()) as { name: string }).name).toBe(
      '青岛水族馆',
    )
    await payload.update({
      collection: 'science-education-bases',
      id: ids.aquarium,
      locale: 'en',
      data: { name: 'Qingdao Aquarium' },
    })
    expect(((await (await api.get(`${path}?locale=en`)).json()) as { name: string }).name).toBe(
      'Qingdao Aquarium',
    )
    expect((await (await api.get(path)).json()) as { name: string; slug: string }).toMatchObject({
      name: '青岛水族馆',
      slug: 'qing-dao-shui-zu-guan',
    })
  })
})
