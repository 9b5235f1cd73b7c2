import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  Payload,
  PayloadRequest,
  Sort,
  Where,
} from 'payload'
import { APIError } from 'payload'

/** Auth fields of `users` nobody filters or sorts on over the API, admins included. */
const SECRET_USER_FIELDS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'sessions',
  'loginAttempts',
  'lockUntil',
  '_verified',
  '_verificationToken',
])

const USERS = 'users'

const fieldsOf = (payload: Payload, slug: string): FlattenedField[] | undefined =>
  payload.collections[slug as keyof Payload['collections']]?.config.flattenedFields

/**
 * Why a dotted query path must not be used by this reader, or undefined. A path through a
 * relation into `users` may name only the id: an e-mail or a role reached that way would let a
 * reader filter (or order) by data the users collection never shows them, and Payload applies the
 * related collection's read access to neither the join nor the sort.
 */
export const hiddenPathProblem = (
  payload: Payload,
  collection: string,
  path: string,
): string | undefined => {
  const segments = path.split('.')
  let fields = fieldsOf(payload, collection)
  let current = collection
  for (let index = 0; index < segments.length && fields; index += 1) {
    const segment = segments[index]
    if (current === USERS && SECRET_USER_FIELDS.has(segment)) return path
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return undefined
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
      const target = field.type === 'join' ? field.collection : field.relationTo
      const targets = [target].flat().filter(Boolean) as string[]
      const rest = segments.slice(index + 1)
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return undefined
      if (targets.includes(USERS)) return path
      if (targets.length !== 1) return undefined
      current = targets[0]
      fields = fieldsOf(payload, current)
      continue
    }
    fields = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return undefined
}

/** More conditions than a search form or the admin UI ever sends; each one is a SQL term. */
export const MAX_WHERE_CONDITIONS = 100
/** Nested `and` / `or` levels. */
export const MAX_WHERE_NESTING = 5

class QueryShapeError extends Error {}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The paths a `where` names, checking its shape on the way: `and` / `or` hold lists, each path
 * holds operators, each operator a value or a list of values (this schema has no geo fields, the
 * only ones whose operators take objects), within the bounds above. A malformed `where` would
 * otherwise reach the database adapter and come back as a 500.
 */
const wherePaths = (where: unknown, into: string[] = [], nesting = 0): string[] => {
  if (where === undefined || where === null) return into
  if (!isPlainObject(where)) throw new QueryShapeError('`where` must be an object')
  if (nesting > MAX_WHERE_NESTING) {
    throw new QueryShapeError(`\`where\` nests and/or deeper than ${MAX_WHERE_NESTING} levels`)
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) throw new QueryShapeError(`\`${key}\` must be a list`)
      for (const nested of value) wherePaths(nested, into, nesting + 1)
      continue
    }
    if (!isPlainObject(value)) throw new QueryShapeError(`"${key}" needs an operator`)
    // A list is a value only for the list operators; `equals: [...]` fails inside the adapter.
    for (const [operator, operand] of Object.entries(value)) {
      // qs turns a list longer than its array limit into an object with numeric keys.
      const isIndexed =
        isPlainObject(operand) &&
        Object.entries(operand).every(([index, item]) => /^\d+$/.test(index) && isScalar(item))
      const isList = Array.isArray(operand) && operand.every(isScalar)
      const isValue = isScalar(operand) || (LIST_OPERATORS.has(operator) && (isList || isIndexed))
      if (!isValue)
        throw new QueryShapeError(`"${key}" ${operator}: not a value this operator takes`)
      into.push(key)
    }
    if (into.length > MAX_WHERE_CONDITIONS) {
      throw new QueryShapeError(`\`where\` has more than ${MAX_WHERE_CONDITIONS} conditions`)
    }
  }
  return into
}

const sortPaths = (sort: Sort | undefined): string[] =>
  [sort ?? []]
    .flat()
    .flatMap((entry) => String(entry).split(','))
    .map((entry) => entry.trim().replace(/^[-+]/, ''))
    .filter(Boolean)

const refusal = (req: PayloadRequest, path: string) =>
  new APIError(
    req.i18n?.language === 'en'
      ? `The path "${path}" cannot be used to filter or sort`
      : `不能按 "${path}" 筛选或排序`,
    400,
    undefined,
    true,
  )

/**
 * For every collection: a request made on someone's behalf (REST, GraphQL, the Local API with
 * access control) may not filter or sort on secrets, or on user data reached through a relation,
 * nor send a malformed or oversized `where`. Refused with 400 rather than ignored, so the answer
 * never depends on the hidden value.
 */
export const refuseHiddenQueryPaths: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { where, sort, overrideAccess } = args as {
    where?: Where
    sort?: Sort
    overrideAccess?: boolean
  }
  if (overrideAccess) return args
  if (!where && !sort) return args
  const isVersions = operation === 'findVersions'
  let paths: string[]
  try {
    paths = [...wherePaths(where), ...sortPaths(sort)]
  } catch (error) {
    if (!(error instanceof QueryShapeError)) throw error
    throw new APIError(error.message, 400, undefined, true)
  }
  for (const raw of paths) {
    const path = isVersions ? raw.replace(/^version\./, '') : raw
    const problem = hiddenPathProblem(req.payload, collection.slug, path)
    if (problem) throw refusal(req, raw)
  }
  return args
}
