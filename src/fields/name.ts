import type { TextField } from 'payload'

/** The reader-facing, localized name of an organisation, base, award or category. */
export const localizedNameField = ({
  maxLength = 200,
}: { maxLength?: number } = {}): TextField => ({
  name: 'name',
  type: 'text',
  label: { zh: '名称', en: 'Name' },
  required: true,
  localized: true,
  maxLength,
})
