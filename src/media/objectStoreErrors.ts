import type { AfterErrorHook, CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { kexieT } from '@/i18n/t'

const CREATED_KEY = 'kexieMediaCreated'

/** What S3-compatible stores answer when a bucket or account is out of space. */
const FULL_CODES = new Set(['XMinioStorageFull', 'QuotaExceeded', 'InsufficientStorage'])

type StoreError = { name?: string; Code?: string; code?: string; $metadata?: object }

/** An error of the object store's client (`@aws-sdk/client-s3`): its answer, or no answer at all. */
const storeErrorOf = (error: unknown): StoreError | undefined => {
  const candidate = error as StoreError | null
  if (!candidate || typeof candidate !== 'object') return undefined
  if (candidate.$metadata) return candidate
  return undefined
}

const isStoreFull = (error: StoreError): boolean => {
  const status = (error.$metadata as { httpStatusCode?: number }).httpStatusCode
  return status === 507 || FULL_CODES.has(error.Code ?? error.name ?? '')
}

/**
 * Notes the media document an upload created. The storage adapter sends the files in its own
 * `afterChange` hook, after this one: when that fails on a database without transactions (SQLite)
 * the row is already written, and the error hook below removes it.
 */
export const noteCreatedMedia: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create' && req.file) req.context[CREATED_KEY] = doc.id
  return doc
}

const removeCreated = async (req: PayloadRequest) => {
  const id = req.context?.[CREATED_KEY] as string | number | undefined
  if (id === undefined) return
  delete req.context[CREATED_KEY]
  // Outside the failed request's transaction (rolled back where there is one); its own delete
  // hook removes whatever part of the upload reached the bucket.
  await req.payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
}

/**
 * An upload the object store refused or never answered: nothing of it is kept, and the editor
 * is told why: 507 Insufficient Storage when the store is full (as for a full disk), 503 when it
 * cannot be reached or failed otherwise. https://payloadcms.com/docs/hooks/overview#root-hooks
 */
export const objectStoreErrorsAsAnswers: AfterErrorHook = async ({ error, req }) => {
  const storeError = storeErrorOf(error) ?? storeErrorOf((error as { cause?: unknown }).cause)
  const isUnreachable = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT'].includes(
    (error as NodeJS.ErrnoException).code ?? '',
  )
  if (!storeError && !(isUnreachable && req.context?.[CREATED_KEY] !== undefined)) return
  await removeCreated(req)
  const t = kexieT(req)
  if (storeError && isStoreFull(storeError)) {
    return { status: 507, response: { errors: [{ message: t('kexie:mediaStorageFull') }] } }
  }
  return { status: 503, response: { errors: [{ message: t('kexie:mediaStoreUnavailable') }] } }
}
