import type { NumberField, NumberFieldSingleValidation } from 'payload'
import { validations } from 'payload'

import { kexieT } from '@/i18n/t'

/**
 * Payload's number checks (type, max, required) plus "no fractions": people and years are counted
 * whole. The minimum gets a plain message of our own: Payload's reads "-1 小于允许的最小 值".
 */
const validateWholeNumber: NumberFieldSingleValidation = (value, options) => {
  const t = kexieT(options.req)
  const { min } = options
  if (typeof value === 'number' && typeof min === 'number' && value < min) {
    return t('kexie:belowMinimum', { min })
  }
  const checked = validations.number(value, options)
  if (checked !== true || value === null || value === undefined) return checked
  return Number.isInteger(Number(value)) ? true : t('kexie:notWholeNumber')
}

/** A head count or tally: a whole number, never negative. */
export const countField = ({
  name,
  label,
  ...overrides
}: Pick<NumberField, 'label' | 'name'> & Partial<Pick<NumberField, 'admin' | 'min'>>) =>
  ({
    name,
    label,
    type: 'number',
    min: 0,
    validate: validateWholeNumber,
    admin: { step: 1 },
    ...overrides,
  }) satisfies NumberField

/** A calendar year (award year, year designated, year founded). */
export const yearField = ({
  name,
  label,
  ...overrides
}: Pick<NumberField, 'label' | 'name'> &
  Partial<Pick<NumberField, 'admin' | 'index' | 'required'>>) =>
  ({
    name,
    label,
    type: 'number',
    min: 1900,
    max: 2100,
    validate: validateWholeNumber,
    admin: { step: 1, placeholder: String(new Date().getFullYear()) },
    ...overrides,
  }) satisfies NumberField
