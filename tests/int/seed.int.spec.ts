import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { parseRuleList } from '@/compliance/lists'
import { SAMPLE_RULES_CSV } from '@/compliance/sample'
import { ARTICLE_LEAD, ARTICLE_TITLE, ARTICLE_TITLE_EN } from '@/seed/content/article'
import { MAIN_ARTICLE } from '@/seed/content/articles'
import { DEMO_FIGURES } from '@/seed/content/officialFigures'
import type { SeedReport } from '@/seed/index'
import { DEMO_COLLECTIONS, seedDemoContent } from '@/seed/index'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { Staff } from '../helpers/users'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: ApiClient
let staffToken: string
let staffEditor: Staff['editor']
let firstRun: SeedReport

const quiet = { log: () => {} }
const fillMissing = { ...quiet, whenContentExists: 'fill-missing' as const }

const REVIEW_DRAFTS = {
  articles: 'qingdao-kexie-science-popularization-positions',
  events: 'qingdao-academic-annual-meeting-example-information',
  'award-recipients': 'example-recipient-most-beautiful',
} as const

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api } = suite)
  const { staff } = suite
  staffToken = await api.login(staff.editor.email, TEST_PASSWORD)
  staffEditor = staff.editor
  firstRun = await seedDemoContent(payload, fillMissing)
})

/** Everything a seed run could write: documents and versions per collection, and the globals. */
const snapshot = async () => {
  const collections: Record<string, { docs: number; versions: number }> = {}
  for (const collection of DEMO_COLLECTIONS) {
    const { totalDocs: docs } = await payload.count({ collection, overrideAccess: true })
    const { totalDocs: versions } =
      collection === 'categories'
        ? { totalDocs: 0 }
        : await payload.countVersions({ collection, overrideAccess: true })
    collections[collection] = { docs, versions }
  }
  const globals: Record<string, unknown> = {}
  for (const slug of ['homepage', 'official-figures', 'site-settings'] as const) {
    globals[slug] = await payload.findGlobal({
      slug,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
  }
  return { collections, globals }
}

const graphql = async <T>(query: string, token?: string): Promise<T> => {
  const response = await api.graphql(query, { token })
  const json = (await response.json()) as { data: T; errors?: unknown[] }
  expect(json.errors).toBeUndefined()
  return json.data
}

const idBySlug = async (collection: (typeof DEMO_COLLECTIONS)[number], slug: string) => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    overrideAccess: true,
    depth: 0,
  })
  return docs[0].id
}

describe('seeding demo content', () => {
  it('creates every kind of demo content on an empty database', () => {
    expect(firstRun.isSkipped).toBe(false)
    for (const collection of DEMO_COLLECTIONS) {
      expect(firstRun.created[collection]).toBeGreaterThan(0)
    }
    expect(firstRun.draftsForReview).toBe(3)
    expect(firstRun.figuresAdded).toBe(DEMO_FIGURES.length)
    expect(firstRun.globalsFilled.sort()).toEqual(
      ['homepage', 'official-figures', 'site-settings'].sort(),
    )
  })

  it('seeding twice changes nothing: same counts, versions and global values', async () => {
    const before = await snapshot()
    const second = await seedDemoContent(payload, fillMissing)
    expect(Object.values(second.created).every((count) => count === 0)).toBe(true)
    expect(second.figuresAdded).toBe(0)
    expect(second.globalsFilled).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('the development server skips a database that already has content', async () => {
    const before = await snapshot()
    const report = await seedDemoContent(payload, quiet)
    expect(report.isSkipped).toBe(true)
    expect(await snapshot()).toEqual(before)
  })
})

describe('the seeded article over GraphQL (anonymous)', () => {
  type ArticleResult = {
    Articles: {
      docs: {
        title: string
        summary: string
        byline: string
        source: string
        content: { root: { children: { type: string; children: { text: string }[] }[] } }
        category: { name: string; slug: string }
        relatedEvents: { title: string }[]
      }[]
    }
  }
  const query = (locale: string) => `{
    Articles(locale: ${locale}, where: { slug: { equals: "${MAIN_ARTICLE}" } }) {
      docs { title summary byline source content category { name slug } relatedEvents { title } }
    }
  }`

  it('reads in Chinese, with headings, byline, source and category', async () => {
    const { Articles } = await graphql<ArticleResult>(query('zh'))
    expect(Articles.docs).toHaveLength(1)
    const [article] = Articles.docs
    expect(article).toMatchObject({
      title: ARTICLE_TITLE,
      summary: ARTICLE_LEAD,
      byline: '记者 高静文',
      source: '观海新闻/青岛晚报',
      category: { name: '学术交流', slug: 'academic-exchange' },
    })
    const headings = article.content.root.children
      .filter((node) => node.type === 'heading')
      .map((node) => node.children[0].text)
    expect(headings).toHaveLength(6)
    expect(headings[0]).toBe('聚焦高端学术交流 为创新“注入活水”')
    expect(JSON.stringify(article.content)).toContain('累计完成立项581项')
    expect(article.relatedEvents.map(({ title }) => title)).toContain('第二十二届中国科协年会')
  })

  it('reads in English: the English title, and Chinese where nothing English was written', async () => {
    const zh = (await graphql<ArticleResult>(query('zh'))).Articles.docs[0]
    const { Articles } = await graphql<ArticleResult>(query('en'))
    const [article] = Articles.docs
    expect(article.title).toBe(ARTICLE_TITLE_EN)
    expect(article.summary).toBe(ARTICLE_LEAD)
    expect(article.content).toEqual(zh.content)
    expect(article.category.name).toBe('Academic exchange')
    expect(article.relatedEvents.map(({ title }) => title)).toContain(
      '22nd Annual Meeting of the China Association for Science and Technology',
    )
  })
})

describe('the review queue', () => {
  it('drafts left for review are not visible anonymously, but are to staff', async () => {
    const query = `{
      Articles(where: { slug: { equals: "${REVIEW_DRAFTS.articles}" } }) { docs { title } }
      Events(where: { slug: { equals: "${REVIEW_DRAFTS.events}" } }) { docs { title } }
      AwardRecipients(where: { slug: { equals: "${REVIEW_DRAFTS['award-recipients']}" } }) { docs { name } }
    }`
    type Result = Record<'Articles' | 'AwardRecipients' | 'Events', { docs: unknown[] }>
    const anonymous = await graphql<Result>(query)
    const staff = await graphql<Result>(query, staffToken)
    for (const list of ['Articles', 'Events', 'AwardRecipients'] as const) {
      expect(anonymous[list].docs).toHaveLength(0)
      expect(staff[list].docs).toHaveLength(1)
    }
    for (const [collection, slug] of Object.entries(REVIEW_DRAFTS)) {
      const id = await idBySlug(collection as keyof typeof REVIEW_DRAFTS, slug)
      expect((await api.get(`/${collection}/${id}`)).status).toBe(404)
    }
  })

  it('puts the workflow stage with the status: published, or in review for the queue', async () => {
    for (const collection of Object.keys(REVIEW_DRAFTS) as (keyof typeof REVIEW_DRAFTS)[]) {
      // `draft: true` reads each document's latest version, the one the workflow works on.
      const { docs } = await payload.find({
        collection,
        draft: true,
        overrideAccess: true,
        limit: 100,
        depth: 0,
      })
      for (const doc of docs) {
        const isForReview = doc.slug === REVIEW_DRAFTS[collection]
        expect(doc).toMatchObject(
          isForReview
            ? { _status: 'draft', workflowStage: 'in_review' }
            : { _status: 'published', workflowStage: 'published' },
        )
      }
    }
  })

  it('the drafts in review went through the workflow: an editor wrote and submitted each', async () => {
    for (const [collection, slug] of Object.entries(REVIEW_DRAFTS)) {
      const id = await idBySlug(collection as keyof typeof REVIEW_DRAFTS, slug)
      const response = await api.get(`/workflow/${collection}/${id}`, { token: staffToken })
      expect(response.status).toBe(200)
      const status = (await response.json()) as {
        history: { action: string; actor: string; toStage: string }[]
      }
      expect(status.history.map(({ action, toStage }) => [action, toStage])).toEqual([
        ['submit', 'in_review'],
      ])
      expect(status.history[0].actor).toBe(staffEditor.id)
      const doc = await payload.findByID({
        collection: collection as keyof typeof REVIEW_DRAFTS,
        id,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: staffEditor,
      })
      expect(doc.workflow).toMatchObject({
        createdBy: staffEditor.id,
        submittedBy: staffEditor.id,
      })
    }
  })

  it('the rest of the demo content is published', async () => {
    const response = await api.get('/events?limit=100&depth=0')
    const { docs } = (await response.json()) as { docs: { slug: string }[] }
    expect(docs.map(({ slug }) => slug)).toContain('iumrs-ica-17')
    expect(docs.map(({ slug }) => slug)).not.toContain(REVIEW_DRAFTS.events)
    expect(docs).toHaveLength(firstRun.created.events - 1)
  })
})

describe('events', () => {
  it('the academic annual meeting carries its figures and example sub-sessions', async () => {
    const id = await idBySlug('events', 'qingdao-academic-annual-meeting')
    const response = await api.get(`/events/${id}`)
    const meeting = (await response.json()) as {
      description: unknown
      subSessions: { docs: { title: string }[] }
    }
    expect(JSON.stringify(meeting.description)).toContain('组织学术年会分会161场')
    const sessions = meeting.subSessions.docs.map(({ title }) => title)
    expect(sessions).toHaveLength(2)
    for (const title of sessions) expect(title).toContain('示例')
  })

  it('every event says how far its date can be trusted', async () => {
    const { docs } = await payload.find({ collection: 'events', limit: 100, overrideAccess: true })
    for (const event of docs) expect(JSON.stringify(event.description)).toContain('日期说明')
    const cast = docs.find(({ slug }) => slug === 'cast-annual-meeting-22')
    expect(new Date(cast?.startDate ?? '').getUTCFullYear()).toBe(2020)
  })
})

describe('official figures', () => {
  type Figures = {
    figures: { key: string; label: string; value: number; source: string; asOf: string }[]
  }
  const figures = async (locale: string) =>
    ((await (await api.get(`/globals/official-figures?locale=${locale}`)).json()) as Figures)
      .figures

  it('every figure carries its source and as-of date', async () => {
    const rows = await figures('zh')
    expect(rows).toHaveLength(DEMO_FIGURES.length)
    expect(new Set(rows.map(({ key }) => key)).size).toBe(rows.length)
    for (const row of rows) {
      expect(row.source).toContain('观海新闻/青岛晚报')
      expect(Number.isNaN(Date.parse(row.asOf))).toBe(false)
    }
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]))
    expect(byKey['golden-bridge-projects'].value).toBe(581)
    expect(byKey['national-bases']).toMatchObject({ value: 14, label: '国家级科普教育基地' })
    expect(byKey['volunteer-teams'].value).toBe(374)
    expect(byKey['volunteers']).toMatchObject({ value: 30000, isLowerBound: true })
  })

  it('in English too', async () => {
    const rows = await figures('en')
    const nationalBases = rows.find(({ key }) => key === 'national-bases')
    expect(nationalBases?.label).toBe('National science education bases')
    for (const row of rows) expect(row.source).toContain('Qingdao Evening News')
  })
})

describe('people and settings', () => {
  it('no award recipient lacks the example marking, in either language', async () => {
    // `draft: true` reads the latest version, where a draft's English lives until it is published.
    for (const locale of ['zh', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'award-recipients',
        locale,
        fallbackLocale: false,
        draft: true,
        overrideAccess: true,
        limit: 100,
      })
      expect(docs).toHaveLength(2)
      for (const { name } of docs) {
        expect(name).toMatch(locale === 'zh' ? /示例/ : /example/i)
      }
    }
  })

  it('site settings and homepage are filled in', async () => {
    const settings = (await (await api.get('/globals/site-settings')).json()) as {
      siteName: string
      contact: { address: string; email: string }
    }
    expect(settings.siteName).toBe('青岛市科学技术协会')
    expect(settings.contact.address).toContain('示例')
    expect(settings.contact.email).toMatch(/@example\.com$/)
    const english = (await (await api.get('/globals/site-settings?locale=en')).json()) as {
      siteName: string
    }
    expect(english.siteName).toBe('Qingdao Association for Science and Technology')

    const homepage = (await (await api.get('/globals/homepage?depth=1')).json()) as {
      hero: { heading: string }
      featuredArticles: { title: string }[]
      featuredEvents: { title: string }[]
    }
    expect(homepage.hero.heading).toBe('科技立则民族立，科技强则国家强')
    expect(homepage.featuredArticles.map(({ title }) => title)).toEqual([ARTICLE_TITLE])
    expect(homepage.featuredEvents[0].title).toBe('第二十二届中国科协年会')
  })
})

// Last: it changes the seeded content the tests above read.
describe("editors' changes", () => {
  it('a later run adds back what was deleted and leaves edited content alone', async () => {
    const articleId = await idBySlug('articles', MAIN_ARTICLE)
    await payload.update({
      collection: 'articles',
      id: articleId,
      data: { title: '编辑改过的标题' },
      overrideAccess: true,
    })
    await payload.delete({
      collection: 'volunteer-teams',
      id: await idBySlug('volunteer-teams', 'example-farmers-volunteer-team'),
      overrideAccess: true,
    })
    const { figures } = await payload.findGlobal({ slug: 'official-figures', depth: 0 })
    await payload.updateGlobal({
      slug: 'official-figures',
      data: {
        figures: (figures ?? [])
          .filter(({ key }) => key !== 'golden-bridge-projects')
          .map((row) => (row.key === 'national-bases' ? { ...row, value: 15 } : row)),
      },
    })
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: '编辑改的站名' } })

    const report = await seedDemoContent(payload, fillMissing)
    expect(report.created['volunteer-teams']).toBe(1)
    expect(report.created.articles).toBe(0)
    expect(report.figuresAdded).toBe(1)
    expect(report.globalsFilled).toEqual(['official-figures'])

    const article = await payload.findByID({ collection: 'articles', id: articleId })
    expect(article.title).toBe('编辑改过的标题')
    const after = await payload.findGlobal({ slug: 'official-figures', depth: 0 })
    const byKey = Object.fromEntries((after.figures ?? []).map((row) => [row.key, row]))
    expect(byKey['national-bases'].value).toBe(15)
    expect(byKey['golden-bridge-projects'].value).toBe(581)
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.siteName).toBe('编辑改的站名')
  })
})

describe('compliance rules', () => {
  it('the seed loads the sample list once, and the demo content passes it', async () => {
    const { rules } = parseRuleList(SAMPLE_RULES_CSV, 'csv')
    expect(firstRun.complianceRulesAdded).toBe(rules.length)
    const { docs } = await payload.find({
      collection: 'compliance-rules',
      where: { term: { equals: '青岛科协' } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ kind: 'replace', replacement: '青岛市科学技术协会' })
    const again = await seedDemoContent(payload, fillMissing)
    expect(again.complianceRulesAdded).toBe(0)
    for (const [collection, slug] of Object.entries(REVIEW_DRAFTS)) {
      const id = await idBySlug(collection as keyof typeof REVIEW_DRAFTS, slug)
      const response = await api.post('/compliance/check', {
        token: staffToken,
        body: { collection, id },
      })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { isBlocked: boolean }).isBlocked).toBe(false)
    }
  })
})
