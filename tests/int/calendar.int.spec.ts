import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Calendar, CalendarEntry } from '@/calendar/loadCalendar'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { articleData, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

const DAY = 86_400_000
const now = Date.now()
const at = (days: number) => new Date(now + days * DAY).toISOString()
const range = { from: at(-10), to: at(40) }

beforeAll(() => {
  ;({ payload, api, staff, tokens } = suite)
})

const calendarAs = async (token: string | undefined, params: Record<string, string> = {}) => {
  const query = new URLSearchParams({ ...range, ...params })
  const response = await api.get(`/workflow/calendar?${query}`, { token })
  return {
    status: response.status,
    body: (await response.json()) as Calendar & { errors?: { message: string }[] },
  }
}

const entryOf = (calendar: Calendar, kind: CalendarEntry['kind'], id: string) =>
  calendar.entries.find((entry) => entry.kind === kind && entry.id === id)

/** An event by the editor, submitted (and so in review), running from `startsIn` days from now. */
const submittedEvent = async (title: string, startsIn: number, token = tokens.editor) => {
  const created = await api.post('/events', {
    token,
    body: { title, startDate: at(startsIn), endDate: at(startsIn + 2) },
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  expect((await transition(api, 'events', doc.id, { action: 'submit' }, token)).status).toBe(200)
  return doc.id
}

describe('GET /api/workflow/calendar', () => {
  it('is for staff: anonymous readers get 401', async () => {
    expect((await calendarAs(undefined)).status).toBe(401)
  })

  it.each([
    ['no range', { from: '', to: '' }],
    ['a reversed range', { from: at(5), to: at(1) }],
    ['more than 62 days', { from: at(0), to: at(63) }],
    ['a date that is not one', { from: 'yesterday', to: at(1) }],
    ['an unknown collection', { collection: 'users' }],
    ['an unknown person', { person: '00000000-0000-4000-8000-000000000000' }],
    ['a person that is not an id', { person: 'nobody' }],
  ])('answers 400 with a message for %s', async (_, params) => {
    const { status, body } = await calendarAs(tokens.editor, params)
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toBeTruthy()
  })

  it('shows a scheduled publication, movable by a reviewer only, and where a move puts it', async () => {
    const id = await submittedEvent('定时发布的讲座', 20)
    const publishAt = at(5)
    const scheduled = await transition(
      api,
      'events',
      id,
      { action: 'publish', publishAt },
      tokens.reviewer,
    )
    expect(scheduled.body.workflowStage).toBe('approved')

    const asReviewer = (await calendarAs(tokens.reviewer)).body
    const entry = entryOf(asReviewer, 'publish', id)
    expect(entry).toMatchObject({
      at: publishAt,
      title: '定时发布的讲座',
      stage: 'approved',
      isMovable: true,
    })
    expect(entry?.link).toEqual({ collection: 'events', id })
    expect(asReviewer.names[String(staff.editor.id)]).toBe(staff.editor.name)
    expect(entryOf((await calendarAs(tokens.editor)).body, 'publish', id)?.isMovable).toBe(false)

    // The calendar moves it with the workflow's own action and the revision it was shown.
    const moved = at(7)
    const answer = await transition(
      api,
      'events',
      id,
      { action: 'publish', publishAt: moved, revision: entry!.revision! },
      tokens.reviewer,
    )
    expect(answer.status).toBe(200)
    const after = (await calendarAs(tokens.reviewer)).body
    expect(entryOf(after, 'publish', id)?.at).toBe(moved)
    // The revision it was shown is spent: a second move from the same view is refused.
    const stale = await transition(
      api,
      'events',
      id,
      { action: 'publish', publishAt: at(9), revision: entry!.revision! },
      tokens.reviewer,
    )
    expect(stale.status).toBe(409)
  })

  it('shows an event on its dates and a document in review since its submission', async () => {
    const id = await submittedEvent('科普周开幕', 3)
    const calendar = (await calendarAs(tokens.reviewer)).body
    expect(entryOf(calendar, 'event', id)).toMatchObject({
      at: at(3),
      endsAt: at(5),
      isMovable: false,
    })
    const waiting = entryOf(calendar, 'waiting', id)
    expect(waiting?.stage).toBe('in_review')
    expect(Date.parse(waiting!.at)).toBeGreaterThanOrEqual(now)
  })

  it('shows a planned take-down of a live document, movable by a reviewer', async () => {
    const created = await api.post('/articles', {
      token: tokens.editor,
      body: articleData('将下线的通知'),
    })
    const { doc } = (await created.json()) as { doc: { id: string } }
    await transition(api, 'articles', doc.id, { action: 'submit' }, tokens.editor)
    await transition(api, 'articles', doc.id, { action: 'approve' }, tokens.reviewer)
    const published = await transition(
      api,
      'articles',
      doc.id,
      { action: 'publish', unpublishAt: at(12) },
      tokens.admin,
    )
    expect(published.body.workflowStage).toBe('published')
    const entry = entryOf((await calendarAs(tokens.reviewer)).body, 'unpublish', doc.id)
    expect(entry).toMatchObject({ at: at(12), isMovable: true, stage: 'published' })
    expect(entryOf((await calendarAs(tokens.editor)).body, 'unpublish', doc.id)?.isMovable).toBe(
      false,
    )
  })

  it('leaves out what lies outside the range', async () => {
    const id = await submittedEvent('明年的年会', 45)
    const calendar = (await calendarAs(tokens.reviewer)).body
    expect(entryOf(calendar, 'event', id)).toBeUndefined()
    // Waiting is about now, not about the range: it is still listed.
    expect(entryOf(calendar, 'waiting', id)).toBeDefined()
  })

  it('narrows to a collection and to a person', async () => {
    const mine = await submittedEvent('编辑甲的活动', 4, tokens.editor)
    const theirs = await submittedEvent('编辑乙的活动', 4, tokens.otherEditor)
    const ids = (calendar: Calendar) => new Set(calendar.entries.map((entry) => entry.id))

    const byPerson = (await calendarAs(tokens.reviewer, { person: String(staff.otherEditor.id) }))
      .body
    expect(ids(byPerson).has(theirs)).toBe(true)
    expect(ids(byPerson).has(mine)).toBe(false)

    const articlesOnly = (await calendarAs(tokens.reviewer, { collection: 'articles' })).body
    expect(articlesOnly.entries.length).toBeGreaterThan(0)
    expect(articlesOnly.entries.every((entry) => entry.collection === 'articles')).toBe(true)
  })

  it('shows when a roster notice ends, linked to the notice without a release', async () => {
    const award = await payload.create({
      collection: 'awards',
      data: { name: '青年科技奖' } as never,
    })
    const notice = await payload.create({
      collection: 'award-notices',
      data: {
        award: award.id,
        year: 2026,
        status: 'in_notice',
        startsAt: at(-1),
        endsAt: at(6),
        contact: { phone: '0532-85912345' },
      } as never,
    })
    const calendar = (await calendarAs(tokens.editor)).body
    const entry = entryOf(calendar, 'noticeEnds', String(notice.id))
    expect(entry).toMatchObject({ at: at(6), title: '青年科技奖 2026', isMovable: false })
    expect(entry?.link).toEqual({ collection: 'award-notices', id: String(notice.id) })
    // A calendar narrowed to a person has no notices: they name nobody.
    const byPerson = (await calendarAs(tokens.editor, { person: String(staff.editor.id) })).body
    expect(entryOf(byPerson, 'noticeEnds', String(notice.id))).toBeUndefined()
  })
})
