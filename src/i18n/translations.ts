import type { NestedKeysStripped } from '@payloadcms/translations'

/** Messages of our own, in every admin language; Payload's own strings come from its packages. */
export const translations = {
  zh: {
    kexie: {
      passwordTooShort: '密码至少需要 {{minLength}} 个字符',
      endBeforeStart: '结束时间不能早于开始时间',
      parentCycle: '上级活动不能是本活动，也不能是它的下级活动',
      duplicateRecipient: '{{name}} 已有 {{year}} 年度该奖项的获奖记录',
      invalidUrl: '请输入以 http:// 或 https:// 开头的有效网址',
      invalidPhone: '请输入有效的电话号码，如 0532-85912345、13812345678 或 400-123-4567',
      notWholeNumber: '请输入整数',
      belowMinimum: '不能小于 {{min}}',
      outOfRange: '应在 {{min}} 到 {{max}} 之间',
      coordinatesIncomplete: '请同时填写经度和纬度',
      slugTaken: '网址别名“{{slug}}”已被使用，请换一个或留空自动生成',
      invalidKey: '标识只能包含小写字母、数字和连字符',
      duplicateKey: '标识“{{key}}”重复',
    },
  },
  en: {
    kexie: {
      passwordTooShort: 'The password must be at least {{minLength}} characters long',
      endBeforeStart: 'The end date cannot be before the start date',
      parentCycle: 'The parent event cannot be this event or one of its sub-sessions',
      duplicateRecipient: '{{name}} already has a record for this award in {{year}}',
      invalidUrl: 'Enter a valid URL starting with http:// or https://',
      invalidPhone: 'Enter a valid phone number, e.g. 0532-85912345, 13812345678 or 400-123-4567',
      notWholeNumber: 'Enter a whole number',
      belowMinimum: 'Must be at least {{min}}',
      outOfRange: 'Must be between {{min}} and {{max}}',
      coordinatesIncomplete: 'Enter both longitude and latitude',
      slugTaken:
        'The slug "{{slug}}" is already in use: choose another or leave it empty to generate one',
      invalidKey: 'Keys may contain only lowercase letters, digits and hyphens',
      duplicateKey: 'The key "{{key}}" is used more than once',
    },
  },
}

export type KexieTranslationKeys = NestedKeysStripped<typeof translations.en>
