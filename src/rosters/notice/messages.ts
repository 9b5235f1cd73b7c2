import type { PayloadRequest } from 'payload'

/** The notice's own messages, in the request's language (zh unless it asks for en). */
export const noticeText = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  zh: string,
  en: string,
): string => (req?.i18n?.language === 'en' ? en : zh)
