'use client'
import { Gutter, Link, SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { useAdminTimeZone } from '@/admin/AdminDateConventions'
import { formatAdminDate } from '@/admin/dates'
import type { KexieTranslationKeys } from '@/i18n/translations'
import { useWaitingTime } from '@/workflow/admin/formatTime'
import { postTransition } from '@/workflow/admin/panel/workflowApi'
import type { WorkflowTargetSlug } from '@/workflow/stages'

import type { CalendarGrid, CalendarView, DayKey } from '../grid'
import { dayKeyOf, sameTimeOn } from '../grid'
import type { Calendar, CalendarEntry, EntryKind } from '../loadCalendar'
import { CALENDAR_PATH } from '../paths'

import './calendar.scss'

type Option = { value: string; label: string }

type Props = {
  calendar: Calendar
  grid: CalendarGrid
  filters: { collection: string; person: string }
  sources: Option[]
  people: { id: string; name: string }[]
}

const KIND_LABELS: Record<EntryKind, KexieTranslationKeys> = {
  publish: 'calendar:kindPublish',
  unpublish: 'calendar:kindUnpublish',
  event: 'calendar:kindEvent',
  noticeEnds: 'calendar:kindNoticeEnds',
  waiting: 'calendar:kindWaiting',
}

// Monday first, as the grid is laid out; any Monday names the weekdays.
const WEEKDAYS = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2024, 0, 1 + day)))

/** The days an entry appears on: an event on every day it runs, the rest on their own day. */
const daysOf = (entry: CalendarEntry, timeZone: string): Set<DayKey> => {
  const first = dayKeyOf(entry.at, timeZone)
  if (entry.kind !== 'event' || !entry.endsAt) return new Set([first])
  const last = dayKeyOf(entry.endsAt, timeZone)
  const days = new Set<DayKey>()
  for (let at = new Date(entry.at); dayKeyOf(at, timeZone) <= last;) {
    days.add(dayKeyOf(at, timeZone))
    at = new Date(at.getTime() + 86_400_000)
  }
  return days.add(last)
}

// A day key read at noon UTC names the same day in any language's formatter.
const entryKey = (entry: CalendarEntry) => `${entry.kind}-${entry.collection}-${entry.id}`

const noonOf = (key: DayKey) => new Date(`${key}T12:00:00Z`)

/** `2026年12月` / `December 2026` for a month; the first and last day for a week. */
const periodLabel = (grid: CalendarGrid, language: string): string => {
  if (grid.view === 'month') {
    const month = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    })
    return month.format(noonOf(grid.anchor))
  }
  const day = (key: DayKey) =>
    formatAdminDate(noonOf(key), { language, timeZone: 'UTC', isDateOnly: true })
  return `${day(grid.days[0]!.key)} – ${day(grid.days[grid.days.length - 1]!.key)}`
}

/**
 * The editorial calendar (日历): the month or week grid with each day's scheduled publications and
 * take-downs, events, notices ending; above it what waits for review, longest first. A reviewer
 * drags a scheduled publication or take-down to another day: the calendar asks the workflow for the
 * same action with the new time (`POST /api/workflow/{collection}/{id}`), so its rules decide, and
 * shows the answer. Without a mouse, the entry's 改期 button opens a date field that does the same.
 */
export const CalendarClient = ({ calendar, grid, filters, sources, people }: Props) => {
  const { i18n, t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const { config } = useConfig()
  const router = useRouter()
  const timeZone = useAdminTimeZone()
  const waitingTime = useWaitingTime()
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null)
  const [dragged, setDragged] = useState<CalendarEntry | null>(null)
  const [target, setTarget] = useState<DayKey | null>(null)
  /** The entry whose 改期 form is open (the keyboard's way to move it). */
  const [rescheduling, setRescheduling] = useState<string | null>(null)
  const adminRoute = config.routes.admin
  const base = formatAdminURL({ adminRoute, path: CALENDAR_PATH })

  const hrefWith = (
    changes: Partial<Record<'view' | 'date' | 'collection' | 'person', string>>,
  ) => {
    const query = new URLSearchParams(
      Object.entries({
        view: grid.view,
        date: grid.anchor,
        ...filters,
        ...changes,
      }).filter(([, value]) => value !== ''),
    )
    return `${base}?${query}`
  }
  const documentHref = ({ link }: CalendarEntry) =>
    formatAdminURL({
      adminRoute,
      path:
        link.collection === 'globals'
          ? `/globals/${link.id}`
          : `/collections/${link.collection}/${encodeURIComponent(link.id)}`,
    })
  const time = (at: string) =>
    formatAdminDate(at, { language: i18n.language, timeZone }).split(' ').pop()
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' })
  const dayNumber = (key: DayKey) => String(Number(key.slice(8)))

  const shown = calendar.entries.filter((entry) => entry.kind !== 'waiting')
  const waiting = calendar.entries.filter((entry) => entry.kind === 'waiting')
  const byDay = new Map<DayKey, CalendarEntry[]>()
  for (const entry of shown) {
    for (const day of daysOf(entry, timeZone)) byDay.set(day, [...(byDay.get(day) ?? []), entry])
  }

  const move = async (entry: CalendarEntry, day: DayKey) => {
    const at = sameTimeOn(entry.at, day, timeZone)
    if (!at || day === dayKeyOf(entry.at, timeZone)) return
    if (new Date(at).getTime() <= Date.now()) {
      setMessage({ text: t('calendar:movePast'), isError: true })
      return
    }
    setMessage({ text: t('calendar:moving'), isError: false })
    const keepsTakeDown = entry.unpublishAt && entry.unpublishAt > at
    const answer = await postTransition(
      {
        apiRoute: config.routes.api,
        collection: entry.collection as WorkflowTargetSlug,
        id: entry.id,
        language: i18n.language,
      },
      entry.kind === 'publish'
        ? {
            action: 'publish',
            publishAt: at,
            ...(keepsTakeDown ? { unpublishAt: entry.unpublishAt! } : {}),
            revision: entry.revision ?? undefined,
          }
        : { action: 'unpublish', unpublishAt: at, revision: entry.revision ?? undefined },
    )
    if (answer.ok) {
      const when = formatAdminDate(at, { language: i18n.language, timeZone })
      setMessage({ text: t('calendar:moved', { title: entry.title, time: when }), isError: false })
      router.refresh()
    } else {
      setMessage({
        text: t('calendar:moveFailed', { title: entry.title, message: answer.message }),
        isError: true,
      })
    }
  }

  const views: { value: CalendarView; label: string }[] = [
    { value: 'month', label: t('calendar:month') },
    { value: 'week', label: t('calendar:week') },
  ]
  const isMonth = grid.view === 'month'
  return (
    <Gutter className="kx-calendar">
      <SetStepNav nav={[{ label: t('calendar:title') }]} />
      <header className="kx-calendar__header">
        <h1>{t('calendar:title')}</h1>
        <p className="kx-calendar__muted">
          {t('calendar:description')} {t('calendar:moveHint')}
        </p>
      </header>
      <div className="kx-calendar__toolbar">
        <nav aria-label={t('calendar:views')} className="kx-calendar__views">
          {views.map(({ value, label }) => (
            <Link
              aria-current={value === grid.view ? 'page' : undefined}
              className={`kx-calendar__button${value === grid.view ? ' kx-calendar__button--active' : ''}`}
              href={hrefWith({ view: value })}
              key={value}
              prefetch={false}
            >
              {label}
            </Link>
          ))}
        </nav>
        <nav className="kx-calendar__pager">
          <Link
            className="kx-calendar__button"
            href={hrefWith({ date: grid.previous })}
            prefetch={false}
          >
            {t(isMonth ? 'calendar:previousMonth' : 'calendar:previousWeek')}
          </Link>
          <Link className="kx-calendar__button" href={hrefWith({ date: '' })} prefetch={false}>
            {t('calendar:today')}
          </Link>
          <Link
            className="kx-calendar__button"
            href={hrefWith({ date: grid.next })}
            prefetch={false}
          >
            {t(isMonth ? 'calendar:nextMonth' : 'calendar:nextWeek')}
          </Link>
        </nav>
        <h2 className="kx-calendar__period">{periodLabel(grid, i18n.language)}</h2>
        <label className="kx-calendar__filter">
          {t('calendar:filterCollection')}
          <select
            onChange={(event) => router.push(hrefWith({ collection: event.target.value }))}
            value={filters.collection}
          >
            <option value="">{t('calendar:allCollections')}</option>
            {sources.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="kx-calendar__filter">
          {t('calendar:filterPerson')}
          <select
            onChange={(event) => router.push(hrefWith({ person: event.target.value }))}
            value={filters.person}
          >
            <option value="">{t('calendar:allPeople')}</option>
            {people.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p
        aria-live="polite"
        className={`kx-calendar__message${message?.isError ? ' kx-calendar__message--error' : ''}`}
      >
        {message?.text}
      </p>
      {calendar.isTruncated && <p className="kx-calendar__muted">{t('calendar:truncated')}</p>}
      <section aria-label={t('calendar:waitingTitle')} className="kx-calendar__waiting">
        <h3>
          {t('calendar:waitingTitle')} <span className="kx-calendar__count">{waiting.length}</span>
        </h3>
        {waiting.length === 0 ? (
          <p className="kx-calendar__muted">{t('calendar:waitingNone')}</p>
        ) : (
          <ul>
            {waiting.map((entry) => (
              <li key={`${entry.collection}-${entry.id}`}>
                <Link href={documentHref(entry)} prefetch={false}>
                  {entry.title}
                </Link>{' '}
                <span className="kx-calendar__muted">
                  {sources.find(({ value }) => value === entry.collection)?.label} ·{' '}
                  {/* Counted again at hydration, when the minute may have turned since the
                      server's render: the one text allowed to differ (as the queue's). */}
                  <span suppressHydrationWarning>
                    {t('calendar:waitingFor', { time: waitingTime(entry.at) })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className={`kx-calendar__grid kx-calendar__grid--${grid.view}`} role="grid">
        <div className="kx-calendar__weekdays" role="row">
          {WEEKDAYS.map((day) => (
            <div className="kx-calendar__weekday" key={day.toISOString()} role="columnheader">
              {weekday.format(day)}
            </div>
          ))}
        </div>
        <div className="kx-calendar__days">
          {grid.days.map((day) => {
            const entries = byDay.get(day.key) ?? []
            const canDrop = dragged !== null && !day.isPast
            return (
              <div
                aria-label={day.key}
                className={[
                  'kx-calendar__day',
                  day.isOutside && 'kx-calendar__day--outside',
                  day.isToday && 'kx-calendar__day--today',
                  day.isPast && 'kx-calendar__day--past',
                  canDrop && target === day.key && 'kx-calendar__day--target',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-day={day.key}
                key={day.key}
                onDragLeave={() => setTarget(null)}
                onDragOver={(event) => {
                  if (!canDrop) return
                  event.preventDefault()
                  setTarget(day.key)
                }}
                onDrop={(event) => {
                  event.preventDefault()
                  setTarget(null)
                  if (dragged) void move(dragged, day.key)
                  setDragged(null)
                }}
                role="gridcell"
              >
                <span className="kx-calendar__day-number">{dayNumber(day.key)}</span>
                <ul>
                  {entries.map((entry) => (
                    <li
                      className={`kx-calendar__entry kx-calendar__entry--${entry.kind}${entry.isMovable ? ' kx-calendar__entry--movable' : ''}`}
                      data-collection={entry.collection}
                      data-id={entry.id}
                      data-kind={entry.kind}
                      draggable={entry.isMovable}
                      key={entryKey(entry)}
                      onDragEnd={() => setDragged(null)}
                      onDragStart={(event) => {
                        event.dataTransfer.effectAllowed = 'move'
                        event.dataTransfer.setData('text/plain', entry.id)
                        setDragged(entry)
                      }}
                      title={t(KIND_LABELS[entry.kind])}
                    >
                      <span className="kx-calendar__kind">{t(KIND_LABELS[entry.kind])}</span>
                      {entry.kind !== 'noticeEnds' && (
                        <span className="kx-calendar__time">{time(entry.at)}</span>
                      )}
                      <Link draggable={false} href={documentHref(entry)} prefetch={false}>
                        {entry.title}
                      </Link>
                      {entry.isMovable && rescheduling !== entryKey(entry) && (
                        <button
                          aria-label={t('calendar:rescheduleLabel', { title: entry.title })}
                          className="kx-calendar__reschedule"
                          onClick={() => setRescheduling(entryKey(entry))}
                          type="button"
                        >
                          {t('calendar:reschedule')}
                        </button>
                      )}
                      {entry.isMovable && rescheduling === entryKey(entry) && (
                        <form
                          className="kx-calendar__reschedule-form"
                          onSubmit={(event) => {
                            event.preventDefault()
                            const day = new FormData(event.currentTarget).get('day')
                            setRescheduling(null)
                            if (typeof day === 'string' && day) void move(entry, day as DayKey)
                          }}
                        >
                          <label>
                            {t('calendar:rescheduleDay')}
                            <input
                              autoFocus
                              defaultValue={dayKeyOf(entry.at, timeZone)}
                              name="day"
                              required
                              type="date"
                            />
                          </label>
                          <button type="submit">{t('calendar:rescheduleConfirm')}</button>
                          <button onClick={() => setRescheduling(null)} type="button">
                            {t('calendar:rescheduleCancel')}
                          </button>
                        </form>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </div>
      </div>
    </Gutter>
  )
}
