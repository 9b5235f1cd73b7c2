import type { Field } from 'payload'

/**
 * How the admin shows a moment: date-fns patterns read with the user's language, so 'PPP' is
 * `2026年12月6日` in Chinese and `December 6th, 2026` in English, and the time is 24-hour in both.
 * Payload's own default (`MMMM do yyyy, h:mm a`) reads `十二月 6日 2026, 6:37 下午` in Chinese.
 */
export const DATE_TIME_FORMAT = 'PPP HH:mm'
export const DATE_FORMAT = 'PPP'
export const TIME_FORMAT = 'HH:mm'

type DateField = Extract<Field, { type: 'date' }>

const displayFormatFor = (field: DateField): string | undefined => {
  switch (field.admin?.date?.pickerAppearance ?? 'dayOnly') {
    case 'dayAndTime':
      return DATE_TIME_FORMAT
    case 'dayOnly':
      return DATE_FORMAT
    case 'timeOnly':
      return TIME_FORMAT
    default:
      // Month pickers keep Payload's own month pattern.
      return undefined
  }
}

/** The fields with each date field's picker and list cell in our format (unless it sets its own). */
export const withDateFormats = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') {
      const displayFormat = field.admin?.date?.displayFormat ?? displayFormatFor(field)
      if (!displayFormat) return field
      return {
        ...field,
        admin: { ...field.admin, date: { ...field.admin?.date, displayFormat } },
      }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withDateFormats(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withDateFormats(block.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withDateFormats(field.fields) } as Field
    }
    return field
  })
