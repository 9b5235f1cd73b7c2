import type { NestedKeysStripped } from '@payloadcms/translations'

/** Messages of our own, in every admin language; Payload's own strings come from its packages. */
export const translations = {
  zh: {
    kexie: {
      passwordTooShort: '密码至少需要 {{minLength}} 个字符',
    },
  },
  en: {
    kexie: {
      passwordTooShort: 'The password must be at least {{minLength}} characters long',
    },
  },
}

export type KexieTranslationKeys = NestedKeysStripped<typeof translations.en>
