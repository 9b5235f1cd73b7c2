import type { PayloadRequest, Where } from 'payload'

import type { WorkflowDocument } from '@/workflow/documents'
import { idOf, reviewStateOf } from '@/workflow/documents'
import { loadWorkingCopy } from '@/workflow/documents'
import { userNames } from '@/workflow/admin/people'
import { requiredApprovalsFor } from '@/workflow/settings'
import type { UserActor } from '@/workflow/stateMachine'
import { availableActions } from '@/workflow/stateMachine'
import type { WorkflowStage, WorkflowTargetSlug } from '@/workflow/stages'
import { GLOBALS, RELEASES, WORKFLOW_COLLECTIONS, WORKFLOW_GLOBALS } from '@/workflow/stages'

/** The notices of award rosters (公示) end on a day the calendar shows. */
export const AWARD_NOTICES = 'award-notices' as const

/**
 * What the calendar shows: a publication or take-down a reviewer scheduled, an event by its dates,
 * the end of a roster's public notice, and what waits for review (since its submission).
 */
export const ENTRY_KINDS = ['publish', 'unpublish', 'event', 'noticeEnds', 'waiting'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

export type CalendarSource = WorkflowTargetSlug | typeof AWARD_NOTICES

/** Everything the calendar can be narrowed to with `collection=`. */
export const calendarSources = (): CalendarSource[] => [
  ...WORKFLOW_COLLECTIONS,
  RELEASES,
  GLOBALS,
  AWARD_NOTICES,
]

export type CalendarEntry = {
  kind: EntryKind
  at: string
  /** An event's end; null for the rest. */
  endsAt: null | string
  collection: CalendarSource
  id: string
  title: string
  stage: null | WorkflowStage
  /** The admin page to open: a document, a global (`globals`) or a release. */
  link: { collection: string; id: string }
  people: { author: null | string; submittedBy: null | string; assignee: null | string }
  /** The workflow revision to send back with a move (docs/workflow.md, stale revisions). */
  revision: null | number
  /** The take-down already planned: a moved publication keeps it. */
  unpublishAt: null | string
  /** Whether the logged-in user may move it to another day: the workflow's own rules decide. */
  isMovable: boolean
}

export type Calendar = {
  entries: CalendarEntry[]
  /** Display names of the people the entries name, by id. */
  names: Record<string, string>
  /** Some source held more in the range than one answer carries. */
  isTruncated: boolean
}

export type CalendarQuery = {
  from: string
  to: string
  collection?: CalendarSource
  /** Only what this person wrote, submitted, last edited or is assigned to review. */
  person?: string
}

// Per source and range: a newsroom schedules tens of publications a month, not hundreds.
const PER_SOURCE = 500

type Part = { entries: CalendarEntry[]; isTruncated: boolean }

const actorOf = (req: PayloadRequest): null | UserActor =>
  req.user ? { kind: 'user', id: String(req.user.id), roles: req.user.roles ?? [] } : null

const inRange = (at: null | string | undefined, { from, to }: CalendarQuery): at is string =>
  Boolean(at) && at! >= from && at! < to

const personWhere = (person: string | undefined): Where[] =>
  person
    ? [
        {
          or: ['createdBy', 'submittedBy', 'lastEditedBy', 'assignee'].map((field) => ({
            [`workflow.${field}`]: { equals: person },
          })),
        },
      ]
    : []

const involves = (doc: WorkflowDocument, person: string | undefined): boolean => {
  if (!person) return true
  const workflow = doc.workflow ?? {}
  return [workflow.createdBy, workflow.submittedBy, workflow.lastEditedBy, workflow.assignee].some(
    (value) => idOf(value) === person,
  )
}

const iso = (value: unknown): null | string =>
  typeof value === 'string' && value ? new Date(value).toISOString() : null

type EntryBase = Omit<CalendarEntry, 'at' | 'isMovable' | 'kind'>

type Source = {
  collection: WorkflowTargetSlug
  title: string
  query: CalendarQuery
  actor: null | UserActor
  approvals: number
}

/**
 * The entries one working copy contributes: its scheduled publication and take-down inside the
 * range, its wait when it is in review, and (an event) the days it runs. Movable only as the state
 * machine allows the same action to this user now: a reviewer reschedules with `publish` or
 * `unpublish` and a new time.
 */
const documentEntries = (
  doc: WorkflowDocument,
  { collection, title, query, actor, approvals }: Source,
): CalendarEntry[] => {
  const workflow = doc.workflow ?? {}
  const publishAt = iso(workflow.publishAt)
  const unpublishAt = iso(workflow.unpublishAt)
  // A planned take-down is kept only for a live document (a round that ends drops the rest).
  const state = reviewStateOf(doc, Boolean(unpublishAt) || doc._status === 'published', approvals)
  const allowed = actor ? availableActions(state, actor) : []
  const base: EntryBase = {
    endsAt: null,
    collection,
    id: String(doc.id),
    title,
    stage: state.stage,
    link: { collection, id: String(doc.id) },
    people: {
      author: idOf(workflow.createdBy),
      submittedBy: idOf(workflow.submittedBy),
      assignee: idOf(workflow.assignee),
    },
    revision: state.revision,
    unpublishAt,
  }
  const entries: CalendarEntry[] = []
  if (state.stage === 'approved' && inRange(publishAt, query)) {
    entries.push({
      ...base,
      kind: 'publish',
      at: publishAt,
      isMovable: allowed.includes('publish'),
    })
  }
  if (inRange(unpublishAt, query)) {
    entries.push({
      ...base,
      kind: 'unpublish',
      at: unpublishAt,
      isMovable: allowed.includes('unpublish'),
    })
  }
  const submittedAt = iso(workflow.submittedAt)
  if (state.stage === 'in_review' && submittedAt) {
    entries.push({ ...base, kind: 'waiting', at: submittedAt, isMovable: false })
  }
  const start = iso(doc.startDate)
  const end = iso(doc.endDate)
  const runs = start && start < query.to && (end ?? start) >= query.from
  if (runs && state.stage !== 'archived') {
    entries.push({ ...base, kind: 'event', at: start, endsAt: end, isMovable: false })
  }
  return entries
}

const titleOf = (doc: Record<string, unknown>, field: string): string => {
  const value = doc[field]
  return typeof value === 'string' ? value : ''
}

/** A collection's (or the releases') schedules, waits and, for events, their dates. */
const loadCollection = async (
  req: PayloadRequest,
  collection: (typeof WORKFLOW_COLLECTIONS)[number] | typeof RELEASES,
  query: CalendarQuery,
): Promise<Part> => {
  const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const isEvents = collection === 'events'
  const range = { greater_than_equal: query.from, less_than: query.to }
  const shown: Where[] = [
    { 'workflow.publishAt': range },
    { 'workflow.unpublishAt': range },
    { workflowStage: { equals: 'in_review' } },
  ]
  if (isEvents) {
    // An event shows on the days it runs: it starts before the range ends and ends (or, without
    // an end, starts) inside it.
    shown.push({
      and: [
        { startDate: { less_than: query.to } },
        { workflowStage: { not_equals: 'archived' } },
        {
          or: [
            { endDate: { greater_than_equal: query.from } },
            {
              and: [
                { endDate: { exists: false } },
                { startDate: { greater_than_equal: query.from } },
              ],
            },
          ],
        },
      ],
    })
  }
  const { docs, totalDocs } = await req.payload.find({
    collection,
    // The working copy: a live document's new round and its schedule are in its latest draft.
    draft: true,
    where: { and: [{ or: shown }, ...personWhere(query.person)] },
    limit: PER_SOURCE,
    depth: 0,
    select: {
      [titleField]: true,
      _status: true,
      workflowStage: true,
      workflow: true,
      ...(isEvents ? { startDate: true, endDate: true } : {}),
    },
    user: req.user,
    overrideAccess: false,
    req,
  })
  const actor = actorOf(req)
  const approvals = await requiredApprovalsFor(req, collection)
  const entries = (docs as unknown as WorkflowDocument[]).flatMap((doc) =>
    documentEntries(doc, { collection, title: titleOf(doc, titleField), query, actor, approvals }),
  )
  return { entries, isTruncated: totalDocs > docs.length }
}

/** The workflow globals (homepage, official figures): one working copy each. */
const loadGlobals = async (req: PayloadRequest, query: CalendarQuery): Promise<Part> => {
  const actor = actorOf(req)
  const approvals = await requiredApprovalsFor(req, GLOBALS)
  const entries = await Promise.all(
    WORKFLOW_GLOBALS.map(async (slug) => {
      const doc = await loadWorkingCopy(req, GLOBALS, slug, { asUser: true })
      if (!doc || !involves(doc, query.person)) return []
      const label = req.payload.globals.config.find((global) => global.slug === slug)?.label
      const title = typeof label === 'object' && label ? (label[req.i18n.language] ?? slug) : slug
      return documentEntries(doc, {
        collection: GLOBALS,
        title: String(title),
        query,
        actor,
        approvals,
      })
    }),
  )
  return { entries: entries.flat(), isTruncated: false }
}

/**
 * Roster notices (公示) ending in the range, linked to the release that published them. They name
 * nobody, so a calendar narrowed to a person leaves them out.
 */
const loadNoticeEnds = async (req: PayloadRequest, query: CalendarQuery): Promise<Part> => {
  if (query.person || !req.payload.collections[AWARD_NOTICES])
    return { entries: [], isTruncated: false }
  const { docs, totalDocs } = await req.payload.find({
    collection: AWARD_NOTICES,
    where: {
      and: [
        { status: { equals: 'in_notice' } },
        { endsAt: { greater_than_equal: query.from, less_than: query.to } },
      ],
    },
    limit: PER_SOURCE,
    depth: 1,
    select: { award: true, year: true, endsAt: true, release: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  const entries = docs.map((notice): CalendarEntry => {
    const award = notice.award && typeof notice.award === 'object' ? notice.award : null
    const release = idOf(notice.release as null | string | undefined)
    return {
      kind: 'noticeEnds',
      at: new Date(notice.endsAt).toISOString(),
      endsAt: null,
      collection: AWARD_NOTICES,
      id: String(notice.id),
      title: `${award?.name ?? ''} ${notice.year}`.trim(),
      stage: null,
      link: release
        ? { collection: RELEASES, id: release }
        : { collection: AWARD_NOTICES, id: String(notice.id) },
      people: { author: null, submittedBy: null, assignee: null },
      revision: null,
      unpublishAt: null,
      isMovable: false,
    }
  })
  return { entries, isTruncated: totalDocs > docs.length }
}

/**
 * What the editorial calendar shows between `from` and `to` (UTC instants), read as the
 * logged-in user with access control on: scheduled publications and take-downs of every workflow
 * collection, release and workflow global, events by their dates, roster notices ending, and
 * everything in review with the time it was submitted. Sorted by time.
 */
export const loadCalendar = async (
  req: PayloadRequest,
  query: CalendarQuery,
): Promise<Calendar> => {
  const wanted = (source: CalendarSource) => !query.collection || query.collection === source
  const parts = await Promise.all([
    ...[...WORKFLOW_COLLECTIONS, RELEASES]
      .filter(wanted)
      .map((collection) => loadCollection(req, collection, query)),
    ...(wanted(GLOBALS) ? [loadGlobals(req, query)] : []),
    ...(wanted(AWARD_NOTICES) ? [loadNoticeEnds(req, query)] : []),
  ])
  const entries = parts
    .flatMap((part) => part.entries)
    .sort((a, b) => a.at.localeCompare(b.at) || a.title.localeCompare(b.title))
  const names = await userNames(
    req,
    entries.flatMap(({ people }) => [people.author, people.submittedBy, people.assignee]),
  )
  return { entries, names, isTruncated: parts.some((part) => part.isTruncated) }
}
