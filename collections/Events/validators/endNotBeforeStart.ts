import type { DateFieldValidation } from 'payload'
import { validations } from 'payload'

import { kexieT } from '@/i18n/t'

/**
 * On `endDate`, against the merged document, so a PATCH that moves only `startDate` past the
 * saved end is caught too. A one-day event may end when it starts.
 */
export const endNotBeforeStart: DateFieldValidation = (value, options) => {
  const checked = validations.date(value, options)
  if (checked !== true || !value) return checked
  const { startDate: start } = options.siblingData as { startDate?: Date | null | string }
  if (!start) return true
  const isInOrder = new Date(value).getTime() >= new Date(start).getTime()
  return isInOrder ? true : kexieT(options.req)('kexie:endBeforeStart')
}
