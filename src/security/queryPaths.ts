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
      const targets = [field.collection ?? field.relationTo].flat().filter(Boolean) as string[]
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

const wherePaths = (where: unknown, into: string[] = []): string[] => {
  if (!where || typeof where !== 'object') return into
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const nested of value) wherePaths(nested, into)
    } else {
      into.push(key)
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
 * access control) may not filter or sort on secrets, or on user data reached through a relation.
 * Refused with 400 rather than ignored, so the answer never depends on the hidden value.
 */
export const refuseHiddenQueryPaths: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (args.overrideAccess) return args
  const { where, sort } = args as { where?: Where; sort?: Sort }
  if (!where && !sort) return args
  const isVersions = operation === 'findVersions'
  for (const raw of [...wherePaths(where), ...sortPaths(sort)]) {
    const path = isVersions ? raw.replace(/^version\./, '') : raw
    const problem = hiddenPathProblem(req.payload, collection.slug, path)
    if (problem) throw refusal(req, raw)
  }
  return args
}
