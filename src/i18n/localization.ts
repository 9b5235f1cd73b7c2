import type { LocalizationConfig } from 'payload'

/** Content is written in Chinese first; English falls back to Chinese where it is missing. */
export const localization: LocalizationConfig = {
  locales: [
    { code: 'zh', label: '中文' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: 'zh',
  fallback: true,
}
