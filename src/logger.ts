import type { Config } from 'payload'
import { defaultLoggerOptions } from 'payload'

import { isProduction, settings } from './env'

/**
 * Payload's pino logger, pretty in development and JSON lines in production. A database that
 * cannot be reached is reported by the server as one line naming DATABASE_URI, so the adapter's
 * own error (a stack trace) is not printed on top of it.
 */
export const loggerConfig = (): NonNullable<Config['logger']> => ({
  options: {
    level: settings().LOG_LEVEL,
    hooks: {
      logMethod(args, method, level) {
        const [first] = args as unknown[]
        const message =
          typeof first === 'object' && first ? (first as { msg?: unknown }).msg : first
        if (
          level >= 50 &&
          typeof message === 'string' &&
          message.startsWith('Error: cannot connect to')
        ) {
          return
        }
        method.apply(this, args)
      },
    },
  },
  destination: isProduction() ? undefined : defaultLoggerOptions,
})

type LoggingLevels = NonNullable<Config['loggingLevels']>

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
