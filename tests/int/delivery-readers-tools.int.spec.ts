import { beforeAll, describe, expect, it } from '@jest/globals'
import gcoord from 'gcoord'

import { setUpSuite } from '../helpers/suite'
import { transition } from '../helpers/workflow'

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

type EventFixture = {
  zh: string
  en?: string
  type?: string
  parent?: string
  startDate?: string
  endDate?: string
  published?: boolean
}

/** An event written directly (set-up, not the behaviour under test), published or a draft. */
const event = async ({
  zh,
  en,
  type,
  parent,
  startDate,
  endDate,
  published = true,
}: EventFixture) => {
  const status = published ? 'published' : 'draft'
  const doc = await suite.payload.create({
    collection: 'events',
    locale: 'zh',
    data: {
      title: zh,
      startDate: startDate ?? inDays(10),
      endDate,
      type,
      parent,
      venue: '青岛国际会议中心',
      district: 'laoshan',
      _status: status,
      workflowStage: status,
    } as never,
  })
  if (en) {
    await suite.payload.update({
      collection: 'events',
      id: doc.id,
      locale: 'en',
      data: { title: en, _status: status, workflowStage: status } as never,
    })
  }
  return String(doc.id)
}

/** The feed's text with folded lines joined again (RFC 5545 folds lines at 75 octets). */
const feed = async (query = '') => {
  const response = await suite.api.get(`/events/feed.ics${query}`)
  const text = (await response.text()).replace(/\r\n[ \t]/g, '')
  return { status: response.status, type: response.headers.get('content-type'), text }
}

const summaries = (text: string) =>
  [...text.matchAll(/^SUMMARY:(.*)$/gm)].map(([, summary]) => summary.trim()).sort()

let meeting: string

beforeAll(async () => {
  meeting = await event({
    zh: '青岛市学术年会',
    en: 'Qingdao Academic Annual Meeting',
    type: 'annual-meeting',
  })
  await event({ zh: '年会分会：海洋科技', type: 'sub-session', parent: meeting })
  await event({ zh: '年会分会：人工智能', type: 'sub-session', parent: meeting })
  await event({
    zh: '青少年科技创新大赛',
    type: 'competition',
    startDate: inDays(30),
    endDate: inDays(32),
  })
  await event({ zh: '尚未发布的论坛', type: 'forum', published: false })
  await event({ zh: '两年前的论坛', type: 'forum', startDate: inDays(-730), endDate: inDays(-729) })
})

describe('GET /api/events/feed.ics', () => {
  it('is an iCalendar of the published events, for anonymous readers, without drafts or the distant past', async () => {
    const { status, type, text } = await feed()
    expect(status).toBe(200)
    expect(type).toMatch(/^text\/calendar/)
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true)
    expect(summaries(text)).toEqual(
      ['年会分会：人工智能', '年会分会：海洋科技', '青少年科技创新大赛', '青岛市学术年会'].sort(),
    )
    expect(text).toContain(`UID:${meeting}@`)
    expect(text).toMatch(/LOCATION:青岛国际会议中心\\?, 崂山区/)
    expect(text).not.toContain('尚未发布的论坛')
    expect(text).not.toContain('两年前的论坛')
  })

  it('filters by type and by parent event (the event and its sub-sessions), and speaks English', async () => {
    expect(summaries((await feed('?type=competition')).text)).toEqual(['青少年科技创新大赛'])
    expect(summaries((await feed('?type=competition,forum')).text)).toEqual(['青少年科技创新大赛'])
    expect(summaries((await feed(`?parent=${meeting}`)).text)).toEqual(
      ['年会分会：人工智能', '年会分会：海洋科技', '青岛市学术年会'].sort(),
    )
    const english = await feed(`?parent=${meeting}&locale=en`)
    expect(english.text).toContain('SUMMARY:Qingdao Academic Annual Meeting')
    // Untranslated sessions fall back to Chinese rather than showing no title.
    expect(english.text).toContain('SUMMARY:年会分会：海洋科技')
  })

  it('answers a bad question with 400 and an unknown parent with 404', async () => {
    for (const query of ['?type=party', '?locale=fr', '?parent=%27%20OR%201%3D1']) {
      const { status, text } = await feed(query)
      expect({ query, status }).toEqual({ query, status: 400 })
      expect(JSON.parse(text).errors[0].message).toEqual(expect.any(String))
    }
    const draftParent = await event({ zh: '草稿年会', published: false })
    expect((await feed(`?parent=${draftParent}`)).status).toBe(404)
  })

  it('shows an event the moment the workflow publishes it', async () => {
    const created = await suite.api.post('/events', {
      token: suite.tokens.editor,
      body: { title: '新发布的科普讲座', startDate: inDays(5), type: 'campaign' },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }
    expect((await feed()).text).not.toContain('新发布的科普讲座')
    await transition(suite.api, 'events', doc.id, { action: 'submit' }, suite.tokens.editor)
    const published = await transition(
      suite.api,
      'events',
      doc.id,
      { action: 'publish' },
      suite.tokens.reviewer,
    )
    expect(published.status).toBe(200)
    expect((await feed()).text).toContain('SUMMARY:新发布的科普讲座')
  })
})

describe('science education bases in GCJ-02', () => {
  it('gives the stored WGS 84 position also in GCJ-02 over REST and GraphQL, never stored', async () => {
    const base = await suite.payload.create({
      collection: 'science-education-bases',
      locale: 'zh',
      data: {
        name: '青岛海洋科技馆',
        level: 'municipal',
        location: { longitude: 120.3826, latitude: 36.0557 },
        // Sent by a client, ignored: the GCJ-02 position is always computed from the stored one.
        locationGcj02: { longitude: 1, latitude: 1 },
        _status: 'published',
        workflowStage: 'published',
      } as never,
    })
    const [lng, lat] = gcoord.transform([120.3826, 36.0557], gcoord.WGS84, gcoord.GCJ02)
    const expected = { longitude: expect.closeTo(lng, 5), latitude: expect.closeTo(lat, 5) }
    // Half a kilometre off: the reason the second position exists.
    expect(Math.abs(lng - 120.3826) + Math.abs(lat - 36.0557)).toBeGreaterThan(0.004)

    const rest = await suite.api.get(`/science-education-bases/${base.id}?depth=0`)
    expect(rest.status).toBe(200)
    const restDoc = (await rest.json()) as Record<string, unknown>
    expect(restDoc.location).toEqual({ longitude: 120.3826, latitude: 36.0557 })
    expect(restDoc.locationGcj02).toEqual(expected)

    const gql = await suite.api.graphql(
      `{ ScienceEducationBase(id: "${base.id}") { location { longitude latitude } locationGcj02 { longitude latitude } } }`,
    )
    const { data } = (await gql.json()) as {
      data: { ScienceEducationBase: { locationGcj02: unknown } }
    }
    expect(data.ScienceEducationBase.locationGcj02).toEqual(expected)

    const without = await suite.payload.create({
      collection: 'science-education-bases',
      data: {
        name: '没有坐标的基地',
        level: 'community',
        _status: 'published',
        workflowStage: 'published',
      } as never,
    })
    const withoutDoc = (await (
      await suite.api.get(`/science-education-bases/${without.id}?depth=0`)
    ).json()) as Record<string, unknown>
    expect(withoutDoc.locationGcj02).toEqual({ longitude: null, latitude: null })

    // Not stored, so not a filter: a clear 400, not a server error.
    const filtered = await suite.api.get(
      '/science-education-bases?where[locationGcj02.longitude][greater_than]=120',
    )
    expect(filtered.status).toBe(400)
  })
})
