import type { AfterErrorHook } from 'payload'

import { errorHookAnswer } from './errorAnswer'

import { isInvalidQueryInput } from '@/database'
import { kexieT } from '@/i18n/t'

/**
 * A filter whose value or operator does not fit the field (`where[id][equals]=x` against a uuid,
 * `like` on a rich-text field) fails inside the database on PostgreSQL, and Payload answers 500.
 * It is the client's mistake: 400 with a message, over REST and GraphQL alike.
 * https://payloadcms.com/docs/hooks/overview#root-hooks
 */
export const invalidQueryInputAsBadRequest: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || !isInvalidQueryInput(error)) return
  const message = kexieT(req)('kexie:invalidQueryInput')
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, statusCode: 400 },
      },
    }
  }
  return errorHookAnswer(400, message)
}
