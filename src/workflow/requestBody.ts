import type { WorkflowAction } from './stages'
import { isWorkflowAction, WORKFLOW_ACTIONS } from './stages'

export type TransitionBody = {
  action: WorkflowAction
  comment?: string
  publishAt?: Date
  unpublishAt?: Date
  assignee?: string
  /** The document's workflow revision the client saw (optional): a stale one is refused. */
  revision?: number
  /** approve (last level) and publish: pass the compliance gate's blocking findings. */
  overrideCompliance?: boolean
  /** request_changes: the open review comments of this round the request points at (ids). */
  comments?: string[]
}

export type BodyProblem =
  { kind: 'badBody'; problem: string } | { kind: 'unknownAction'; action: string }

const FIELDS = [
  'action',
  'comment',
  'publishAt',
  'unpublishAt',
  'assignee',
  'revision',
  'overrideCompliance',
  'comments',
] as const
const MAX_COMMENT_LENGTH = 2000
const MAX_CITED_COMMENTS = 100
// A calendar date with a time and an explicit zone, as JSON dates are written (RFC 3339).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

// Date.parse rolls 30 February over into March; a date that does not exist is a mistake.
const isCalendarDate = (value: string): boolean => {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const parseDate = (value: unknown, name: string): BodyProblem | Date | undefined => {
  if (value === undefined || value === null) return undefined
  const isWellFormed =
    typeof value === 'string' && ISO_DATE_TIME.test(value) && isCalendarDate(value)
  const date = isWellFormed ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) {
    return { kind: 'badBody', problem: `${name} must be an ISO 8601 date-time with a time zone` }
  }
  return date
}

const isProblem = (value: unknown): value is BodyProblem =>
  typeof value === 'object' && value !== null && 'kind' in value

/** `comments`: ids of review comments, for request_changes only; each named once. */
const parseCommentIds = (value: unknown, action: string): BodyProblem | string[] | undefined => {
  if (value === undefined || value === null) return undefined
  const isIdList =
    Array.isArray(value) && value.every((id) => typeof id === 'string' && id.trim().length > 0)
  if (!isIdList) return { kind: 'badBody', problem: 'comments must be a list of comment ids' }
  if (value.length > MAX_CITED_COMMENTS) {
    return { kind: 'badBody', problem: `comments may name at most ${MAX_CITED_COMMENTS} comments` }
  }
  if (value.length > 0 && action !== 'request_changes') {
    return { kind: 'badBody', problem: 'comments is only for request_changes' }
  }
  return [...new Set(value.map((id: string) => id.trim()))]
}

/**
 * Reads `{ action, comment?, publishAt?, unpublishAt?, assignee?, revision?, overrideCompliance?, comments? }`. Anything else (invalid JSON,
 * other fields, wrong types, dates without a zone, a schedule on an action that has none) is a
 * 400: a client mistake is reported, never guessed at.
 */
export const parseTransitionBody = (raw: string): BodyProblem | { body: TransitionBody } => {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { kind: 'badBody', problem: 'the body is not valid JSON' }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'badBody', problem: 'the body must be a JSON object' }
  }
  const input = json as Record<string, unknown>
  const unknown = Object.keys(input).find((key) => !(FIELDS as readonly string[]).includes(key))
  if (unknown) return { kind: 'badBody', problem: `unknown field "${unknown}"` }

  const { action, comment, assignee } = input
  if (!isWorkflowAction(action)) {
    return { kind: 'unknownAction', action: typeof action === 'string' ? action : String(action) }
  }
  if (comment !== undefined && comment !== null) {
    if (typeof comment !== 'string') return { kind: 'badBody', problem: 'comment must be a string' }
    if (comment.length > MAX_COMMENT_LENGTH) {
      return { kind: 'badBody', problem: `comment is longer than ${MAX_COMMENT_LENGTH} characters` }
    }
  }
  if (assignee !== undefined && assignee !== null) {
    if (typeof assignee !== 'string' || !assignee) {
      return { kind: 'badBody', problem: 'assignee must be a user id' }
    }
    if (action !== 'submit') return { kind: 'badBody', problem: 'assignee is only for submit' }
  }
  const { revision } = input
  const hasRevision = revision !== undefined && revision !== null
  if (hasRevision && !(Number.isSafeInteger(revision) && (revision as number) >= 0)) {
    return { kind: 'badBody', problem: 'revision must be a whole number (0 or more)' }
  }
  const { overrideCompliance } = input
  const hasOverride = overrideCompliance !== undefined && overrideCompliance !== null
  if (hasOverride && typeof overrideCompliance !== 'boolean') {
    return { kind: 'badBody', problem: 'overrideCompliance must be true or false' }
  }
  if (overrideCompliance === true && action !== 'approve' && action !== 'publish') {
    return { kind: 'badBody', problem: 'overrideCompliance is only for approve and publish' }
  }
  const comments = parseCommentIds(input.comments, action)
  if (isProblem(comments)) return comments
  const publishAt = parseDate(input.publishAt, 'publishAt')
  if (isProblem(publishAt)) return publishAt
  const unpublishAt = parseDate(input.unpublishAt, 'unpublishAt')
  if (isProblem(unpublishAt)) return unpublishAt
  if (publishAt && action !== 'publish') {
    return { kind: 'badBody', problem: 'publishAt is only for publish' }
  }
  if (unpublishAt && action !== 'publish' && action !== 'unpublish') {
    return { kind: 'badBody', problem: 'unpublishAt is only for publish and unpublish' }
  }
  return {
    body: {
      action,
      ...(typeof comment === 'string' && comment.trim() ? { comment: comment.trim() } : {}),
      ...(typeof assignee === 'string' ? { assignee } : {}),
      ...(publishAt ? { publishAt } : {}),
      ...(unpublishAt ? { unpublishAt } : {}),
      ...(hasRevision ? { revision: revision as number } : {}),
      ...(overrideCompliance === true ? { overrideCompliance: true } : {}),
      ...(comments?.length ? { comments } : {}),
    },
  }
}

export const ACTION_LIST = WORKFLOW_ACTIONS.join(', ')
