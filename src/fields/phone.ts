import type { TextField, TextFieldSingleValidation } from 'payload'
import { validations } from 'payload'

import { kexieT } from '@/i18n/t'

/**
 * Chinese phone numbers as published: mobiles (13812345678), landlines with or without area code
 * (0532-85912345, 85912345, +86 532 8591 2345), service lines (400-123-4567, 12345, 95xxx), an
 * optional extension (转 801, ext. 801, #801). Several numbers may be listed (、 , / ;).
 */
const PHONE_PATTERN = new RegExp(
  [
    '^(?:',
    '(?:\\+?86)?1[3-9]\\d{9}', // mobile
    '|(?:0\\d{2,3}|\\+?86[1-9]\\d{1,2})?[2-9]\\d{6,7}', // landline
    '|[48]00\\d{7}|1\\d{4}|95\\d{3,6}', // service lines
    ')(?:(?:转|ext\\.?|#)\\d{1,6})?$',
  ].join(''),
  'i',
)

export const isPhoneNumber = (value: string): boolean => {
  const numbers = value.split(/[、,，/;；]/).map((part) => part.replace(/[\s\-()（）]/g, ''))
  return numbers.length > 0 && numbers.every((number) => PHONE_PATTERN.test(number))
}

export const validatePhone: TextFieldSingleValidation = (value, options) => {
  const checked = validations.text(value, options)
  if (checked !== true || !value) return checked
  return isPhoneNumber(value) ? true : kexieT(options.req)('kexie:invalidPhone')
}

export const phoneField = ({
  name = 'phone',
  label = { zh: '电话', en: 'Phone' },
}: Partial<Pick<TextField, 'label' | 'name'>> = {}) =>
  ({
    name,
    label,
    type: 'text',
    maxLength: 100,
    validate: validatePhone,
    admin: { placeholder: '0532-85912345' },
  }) satisfies TextField
