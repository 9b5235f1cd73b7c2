import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { kexieT } from '@/i18n/t'

import type { reviewCommentsText } from './admin/translations'

type Messages = typeof reviewCommentsText.en

/**
 * A refusal of a review comment in the request's language (`reviewComments:` messages), with the
 * status the API answers and details for a client beside the message.
 */
export const commentError = (
  req: PayloadRequest,
  key: keyof Messages,
  status: number,
  params: Record<string, number | string> = {},
): APIError =>
  new APIError(
    kexieT(req)(`reviewComments:${key}` as never, params),
    status,
    { reason: key, ...params },
    true,
  )
