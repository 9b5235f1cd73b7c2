import type { CollectionBeforeChangeHook } from 'payload'

import type { ApiClient } from '@/payload-types'

import { issueApiKey } from '../../key'

/** Where the new key waits for the create answer (the `key` field's afterRead). */
export const ISSUED_KEY_CONTEXT = 'issuedApiKey'

/**
 * A new client gets its key here: only the prefix and the SHA-256 are stored; the key itself
 * goes back once, in the answer to the create request, and is never readable again.
 */
export const issueKey: CollectionBeforeChangeHook<ApiClient> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { key, prefix, hash } = issueApiKey()
  req.context[ISSUED_KEY_CONTEXT] = key
  return { ...data, keyPrefix: prefix, keyHash: hash }
}
