import type { AfterErrorHook } from 'payload'

import { errorHookAnswer } from './errorAnswer'

import { kexieT } from '@/i18n/t'

/**
 * What the multipart parser (busboy, through Payload) says about a body it cannot read: the
 * client's mistake, such as a NUL or line break in a file name that breaks the part's header.
 */
const MALFORMED = new Set([
  'Malformed part header',
  'Malformed content type',
  'Malformed urlencoded form',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
])

const TOO_LARGE = new Set([
  'Multipart limit has been reached',
  'Multipart request size limit has been reached',
])

/**
 * Payload turns every multipart parse failure into a 500 ("Something went wrong."). These are
 * bad requests: 400 with a message saying what is wrong (413 for the parser's limits).
 */
export const multipartErrorsAsClientErrors: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  if (MALFORMED.has(error.message)) {
    const message = kexieT(req)('kexie:malformedMultipart', { problem: error.message })
    return errorHookAnswer(400, message)
  }
  if (TOO_LARGE.has(error.message)) {
    const message = kexieT(req)('kexie:multipartTooLarge')
    return errorHookAnswer(413, message)
  }
}
