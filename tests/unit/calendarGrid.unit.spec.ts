import { describe, expect, it } from '@jest/globals'

import { calendarGrid, dayKeyOf, parseDayKey, sameTimeOn } from '@/calendar/grid'
import { parseCalendarQuery } from '@/calendar/query'

const SHANGHAI = 'Asia/Shanghai'

describe('the calendar grid', () => {
  it('lays a month out in whole weeks from Monday, in the newsroom time zone', () => {
    const grid = calendarGrid({ view: 'month', anchor: '2026-12-07', timeZone: SHANGHAI })
    // December 2026 starts on a Tuesday and ends on a Thursday: 30 Nov to 3 Jan, five weeks.
    expect(grid.days).toHaveLength(35)
    expect(grid.days[0]).toMatchObject({ key: '2026-11-30', isOutside: true })
    expect(grid.days[1]).toMatchObject({ key: '2026-12-01', isOutside: false })
    expect(grid.days.at(-1)).toMatchObject({ key: '2027-01-03', isOutside: true })
    // Midnight in Shanghai is 16:00 UTC the day before.
    expect(grid.from).toBe('2026-11-29T16:00:00.000Z')
    expect(grid.to).toBe('2027-01-03T16:00:00.000Z')
    expect([grid.previous, grid.next]).toEqual(['2026-11-07', '2027-01-07'])
  })

  it('lays a week out from Monday to Sunday', () => {
    const grid = calendarGrid({ view: 'week', anchor: '2026-12-10', timeZone: SHANGHAI })
    expect(grid.days.map((day) => day.key)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ])
    expect(grid.days.every((day) => !day.isOutside)).toBe(true)
    expect([grid.previous, grid.next]).toEqual(['2026-12-03', '2026-12-17'])
  })

  it('marks today and the days before it, and falls back to today for a bad anchor', () => {
    const now = new Date('2026-12-06T17:30:00Z') // 01:30 on 7 December in Shanghai
    const grid = calendarGrid({ view: 'week', anchor: 'not-a-day', timeZone: SHANGHAI, now })
    expect(grid.anchor).toBe('2026-12-07')
    expect(grid.days.find((day) => day.isToday)?.key).toBe('2026-12-07')
    expect(grid.days.filter((day) => day.isPast)).toEqual([])
    const month = calendarGrid({ view: 'month', anchor: '2026-12-07', timeZone: SHANGHAI, now })
    expect(month.days.filter((day) => day.isPast).at(-1)?.key).toBe('2026-12-06')
  })

  it('reads days in the zone and refuses what is not a day', () => {
    expect(dayKeyOf('2026-12-06T16:00:00Z', SHANGHAI)).toBe('2026-12-07')
    expect(dayKeyOf('2026-12-06T16:00:00Z', 'UTC')).toBe('2026-12-06')
    expect(parseDayKey('2026-02-30', SHANGHAI)).toBeNull()
    expect(parseDayKey('2026-2-3', SHANGHAI)).toBeNull()
    expect(parseDayKey(20261207, SHANGHAI)).toBeNull()
  })

  it('moves a moment to another day at the same wall-clock time', () => {
    // 09:30 in Shanghai on 8 December, moved to 15 December.
    expect(sameTimeOn('2026-12-08T01:30:00.000Z', '2026-12-15', SHANGHAI)).toBe(
      '2026-12-15T01:30:00.000Z',
    )
    // 07:00 in Shanghai is the day before in UTC: the day is the newsroom's.
    expect(sameTimeOn('2026-12-07T23:00:00.000Z', '2026-12-20', SHANGHAI)).toBe(
      '2026-12-19T23:00:00.000Z',
    )
    expect(sameTimeOn('2026-12-08T01:30:00.000Z', 'someday', SHANGHAI)).toBeNull()
  })
})

describe('the calendar query', () => {
  const sources = ['articles', 'events', 'globals'] as const

  it('accepts a range of up to 62 days with optional filters', () => {
    expect(
      parseCalendarQuery(
        {
          from: '2026-12-01T00:00:00+08:00',
          to: '2027-01-31T00:00:00+08:00',
          collection: 'events',
          person: 'p1',
        },
        sources,
      ),
    ).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2027-01-30T16:00:00.000Z',
      collection: 'events',
      person: 'p1',
    })
  })

  it.each([
    [{}, 'badRange'],
    [{ from: '2026-12-02', to: '2026-12-01' }, 'badRange'],
    [{ from: '2026-12-01', to: '2026-12-01' }, 'badRange'],
    [{ from: '2026-12-01', to: '2027-02-02' }, 'badRange'],
    [{ from: 'soon', to: '2026-12-02' }, 'badRange'],
    [{ from: '2026-12-01', to: '2026-12-02', collection: 'users' }, 'unknownCollection'],
  ])('refuses %j: %s', (params, reason) => {
    expect(parseCalendarQuery(params, sources)).toMatchObject({ reason })
  })
})
