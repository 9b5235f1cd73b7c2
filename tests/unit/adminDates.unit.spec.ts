import { describe, expect, it } from '@jest/globals'
import { formatDate } from '@payloadcms/ui/shared'
import { enUS } from 'date-fns/locale/en-US'
import { zhCN } from 'date-fns/locale/zh-CN'

import { applyDateConventions } from '@/admin/AdminDateConventions'
import { DATE_FORMAT, DATE_TIME_FORMAT, formatAdminDate, isTimeZone } from '@/admin/dates'
import { ConfigError, settings } from '@/env'

// 10:37 UTC is 18:37 in Shanghai (UTC+8, no summer time).
const MOMENT = '2026-12-06T10:37:00.000Z'
const SHANGHAI = 'Asia/Shanghai'

describe('formatAdminDate', () => {
  it('writes 2026年12月6日 18:37 in Chinese and 2026-12-06 18:37 in English, 24-hour, in Shanghai', () => {
    expect(formatAdminDate(MOMENT, { language: 'zh', timeZone: SHANGHAI })).toBe(
      '2026年12月6日 18:37',
    )
    expect(formatAdminDate(MOMENT, { language: 'en', timeZone: SHANGHAI })).toBe('2026-12-06 18:37')
    expect(
      formatAdminDate(new Date(MOMENT), { language: 'zh', timeZone: SHANGHAI, isDateOnly: true }),
    ).toBe('2026年12月6日')
  })

  it('crosses midnight and the year with the time zone, and reads other zones', () => {
    expect(formatAdminDate('2026-12-31T16:05:00Z', { language: 'zh', timeZone: SHANGHAI })).toBe(
      '2027年1月1日 00:05',
    )
    expect(formatAdminDate('2026-12-31T16:05:00Z', { language: 'en', timeZone: 'UTC' })).toBe(
      '2026-12-31 16:05',
    )
    // Summer time where there is one: New York is UTC-4 in July, UTC-5 in December.
    expect(
      formatAdminDate('2026-07-01T12:00:00Z', { language: 'en', timeZone: 'America/New_York' }),
    ).toBe('2026-07-01 08:00')
    expect(formatAdminDate(MOMENT, { language: 'en', timeZone: 'America/New_York' })).toBe(
      '2026-12-06 05:37',
    )
  })

  it('reads any other language as Chinese, the newsroom’s first', () => {
    expect(formatAdminDate(MOMENT, { language: 'fr', timeZone: SHANGHAI })).toBe(
      '2026年12月6日 18:37',
    )
  })
})

describe('Payload’s own views with the admin conventions applied', () => {
  it('format with DATE_TIME_FORMAT exactly as formatAdminDate does, in the configured zone', () => {
    // A zone other than this machine's, so the result cannot come from the machine.
    const machineZone = new Intl.DateTimeFormat().resolvedOptions().timeZone
    const zone = machineZone === 'America/New_York' ? SHANGHAI : 'America/New_York'
    const ours = (language: string, isDateOnly = false) =>
      formatAdminDate(MOMENT, { language, timeZone: zone, isDateOnly })
    applyDateConventions(zone)
    const t = (key: string) => key
    const zh = { dateFNS: zhCN, t } as unknown as Parameters<typeof formatDate>[0]['i18n']
    const en = { dateFNS: enUS, t } as unknown as Parameters<typeof formatDate>[0]['i18n']
    expect(formatDate({ date: MOMENT, i18n: zh, pattern: DATE_TIME_FORMAT })).toBe(ours('zh'))
    expect(formatDate({ date: MOMENT, i18n: en, pattern: DATE_TIME_FORMAT })).toBe(ours('en'))
    expect(formatDate({ date: MOMENT, i18n: zh, pattern: DATE_FORMAT })).toBe(ours('zh', true))
    expect(formatDate({ date: MOMENT, i18n: en, pattern: DATE_FORMAT })).toBe('2026-12-06')
    // English dates other than the long one are left as date-fns writes them.
    expect(formatDate({ date: MOMENT, i18n: en, pattern: 'P' })).toBe('12/06/2026')
    // A formatter given a zone keeps it.
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit' }).format(
        new Date(MOMENT),
      ),
    ).toBe('10')
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
  })

  it('hand out one formatter for the same arguments, and formatters of their own for others', () => {
    applyDateConventions(SHANGHAI)
    // Payload's date field asks for the browser's zone on every render.
    expect(Intl.DateTimeFormat()).toBe(Intl.DateTimeFormat())
    const hour = { timeZone: 'UTC', hour: '2-digit' } as const
    expect(new Intl.DateTimeFormat('en-GB', hour)).toBe(
      new Intl.DateTimeFormat('en-GB', { ...hour }),
    )
    expect(new Intl.DateTimeFormat('en-GB', hour).format(new Date(MOMENT))).toBe('10')
    const inTokyo = new Intl.DateTimeFormat('en-GB', { ...hour, timeZone: 'Asia/Tokyo' })
    expect(inTokyo.format(new Date(MOMENT))).toBe('19')
    // Locales given as objects are not keyed: each call makes its own formatter.
    const locale = new Intl.Locale('en-GB')
    expect(new Intl.DateTimeFormat(locale, hour)).not.toBe(new Intl.DateTimeFormat(locale, hour))
    expect(new Intl.DateTimeFormat(locale, hour).format(new Date(MOMENT))).toBe('10')
  })
})

describe('ADMIN_TIME_ZONE', () => {
  it('defaults to Asia/Shanghai and refuses what is not an IANA time zone', () => {
    const previous = process.env.ADMIN_TIME_ZONE
    try {
      delete process.env.ADMIN_TIME_ZONE
      expect(settings().ADMIN_TIME_ZONE).toBe('Asia/Shanghai')
      process.env.ADMIN_TIME_ZONE = 'Europe/Berlin'
      expect(settings().ADMIN_TIME_ZONE).toBe('Europe/Berlin')
      for (const bad of ['', 'Beijing', 'GMT+8 ', 'Asia/Shanghai; drop']) {
        process.env.ADMIN_TIME_ZONE = bad
        expect(() => settings()).toThrow(ConfigError)
        expect(() => settings()).toThrow(/^ADMIN_TIME_ZONE: must be an IANA time zone/)
      }
    } finally {
      if (previous === undefined) delete process.env.ADMIN_TIME_ZONE
      else process.env.ADMIN_TIME_ZONE = previous
    }
    expect(isTimeZone('UTC')).toBe(true)
  })
})
