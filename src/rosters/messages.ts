import { initI18n } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import type { Translate } from './parseRoster'

const LANGUAGES = ['zh', 'en'] as const

/**
 * Roster messages in the request's language: `?locale=zh|en` when given (the sheet's language),
 * else Payload's choice from Accept-Language or the admin user's setting, else zh.
 */
export const rosterTranslator = async (req: PayloadRequest): Promise<Translate> => {
  const asked = req.searchParams?.get('locale')
  const language = LANGUAGES.find((candidate) => candidate === asked)
  const i18n =
    language && language !== req.i18n.language
      ? await initI18n({ config: req.payload.config.i18n, context: 'api', language })
      : req.i18n
  const t = i18n.t as (key: string, params?: Record<string, unknown>) => string
  return (key, params) => t(`roster:${key}`, params)
}
