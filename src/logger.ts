import type { Config } from 'payload'
import { defaultLoggerOptions } from 'payload'

import { isProduction, settings } from './env'

type LoggingLevels = NonNullable<Config['loggingLevels']>
type Level = 'debug' | 'error' | 'fatal' | 'info' | 'trace' | 'warn'

/** pino's number for `error`: the hooks below only ever lower what would be logged at it. */
const ERROR_LEVEL = 50

/**
 * The client error behind a GraphQL error, with the level it is logged at. Payload's GraphQL
 * handler logs every error it answers under the name `GraphQLError`, which no `loggingLevels`
 * entry matches, so a not-found (an unpublished id asked for by a reader) came out as an ERROR
 * with a stack trace. The cause's own status says whose mistake it was: below 500 it is logged as
 * Payload logs it over REST, at the level named for the cause (info when none is), message only.
 */
const graphqlClientError = (
  first: unknown,
): { level: Level | false; message: string } | undefined => {
  const err = (first as { err?: unknown } | null)?.err
  if (!err || typeof err !== 'object' || (err as Error).name !== 'GraphQLError') return undefined
  const cause = (err as { originalError?: { name?: unknown; status?: unknown } }).originalError
  const status = Number(cause?.status)
  if (!(status >= 400 && status < 500)) return undefined
  const name = typeof cause?.name === 'string' ? cause.name : ''
  const levels = loggingLevels as Record<string, Level | false | undefined>
  return { level: levels[name] ?? 'info', message: (err as Error).message }
}

/**
 * Payload's pino logger, pretty in development and JSON lines in production. A database that
 * cannot be reached is reported by the server as one line naming DATABASE_URI, so the adapter's
 * own error (a stack trace) is not printed on top of it. A client's mistake answered over GraphQL
 * is logged as it is over REST (see graphqlClientError).
 */
export const loggerConfig = (): NonNullable<Config['logger']> => ({
  options: {
    level: settings().LOG_LEVEL,
    hooks: {
      logMethod(args, method, level) {
        const [first] = args as unknown[]
        if (level < ERROR_LEVEL) return method.apply(this, args)
        const message =
          typeof first === 'object' && first ? (first as { msg?: unknown }).msg : first
        if (typeof message === 'string' && message.startsWith('Error: cannot connect to')) return
        const clientError = graphqlClientError(first)
        if (clientError) {
          if (clientError.level) this[clientError.level]({ msg: clientError.message })
          return
        }
        method.apply(this, args)
      },
    },
  },
  destination: isProduction() ? undefined : defaultLoggerOptions,
})

/**
 * A failed login or a refused workflow step is the client's mistake, not the server's: logged as
 * info; a lockout as warn. Payload looks levels up by the error's `name`, so our own
 * `WorkflowError` can be listed, although Payload's type only names its own errors.
 */
export const loggingLevels: LoggingLevels = {
  AuthenticationError: 'info',
  LockedAuth: 'warn',
  ...({ WorkflowError: 'info' } as LoggingLevels),
}
