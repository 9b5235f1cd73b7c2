import type { TextField, TextFieldSingleValidation } from 'payload'
import { validations } from 'payload'

import { kexieT } from '@/i18n/t'

/** Absolute http(s) URLs only: these are rendered as links on public sites. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) && url.hostname.includes('.')
  } catch {
    return false
  }
}

export const validateUrl: TextFieldSingleValidation = (value, options) => {
  const checked = validations.text(value, options)
  if (checked !== true || !value) return checked
  return isHttpUrl(value.trim()) ? true : kexieT(options.req)('kexie:invalidUrl')
}

export const urlField = ({
  name,
  label,
  ...overrides
}: Pick<TextField, 'label' | 'name'> & Partial<Pick<TextField, 'admin' | 'localized'>>) =>
  ({
    name,
    label,
    type: 'text',
    maxLength: 2048,
    validate: validateUrl,
    ...overrides,
  }) satisfies TextField
