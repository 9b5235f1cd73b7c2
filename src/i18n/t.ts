import type { TFunction } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import type { KexieTranslationKeys } from './translations'

/**
 * `req.t` typed for our own `kexie:` messages. Payload picks the request's language from
 * Accept-Language (or the admin user's choice), so messages come back in the client's language.
 */
export const kexieT = (req: Pick<PayloadRequest, 't'>): TFunction<KexieTranslationKeys> =>
  req.t as unknown as TFunction<KexieTranslationKeys>
