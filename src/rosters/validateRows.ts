import type { AwardRecipient } from '@/payload-types'

import type { RosterField } from './columns'
import type { ParsedRoster, RosterIssue, Translate } from './parseRoster'

type TextField = 'affiliation' | 'discipline' | 'name' | 'summary' | 'title'

/** What one sheet row sets on a recipient; a field whose column the sheet lacks is left alone. */
export type RecipientInput = {
  row: number
  name: string
  values: Partial<Pick<AwardRecipient, 'gender' | 'order' | Exclude<TextField, 'name'>>>
  /** The 照片 cell: a file name in the media library (empty clears the photo). */
  photoFile?: string
}

export type FieldLimits = Partial<Record<TextField, number>>

const GENDERS: Record<string, 'female' | 'male'> = {
  男: 'male',
  女: 'female',
  male: 'male',
  female: 'female',
  m: 'male',
  f: 'female',
}

const TEXT_FIELDS: TextField[] = ['name', 'affiliation', 'title', 'discipline', 'summary']

// Nothing a person types into a cell: other C0 controls, which XML and most clients refuse.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g
const stripControls = (text: string) => text.replace(CONTROLS, '')

/**
 * Checks every row of a parsed roster (nothing is written here) and turns the good ones into
 * recipient values. Text is kept exactly as written (HTML in a cell is text, never markup); the
 * same name twice in one sheet names both rows.
 */
export const validateRows = (
  roster: ParsedRoster,
  limits: FieldLimits,
  t: Translate,
): { inputs: RecipientInput[]; issues: RosterIssue[] } => {
  const issues: RosterIssue[] = []
  const inputs: RecipientInput[] = []
  const headerOf = new Map(roster.columns.map(({ field, header }) => [field, header]))
  const firstRowOf = new Map<string, number>()

  for (const { row, cells } of roster.rows) {
    const rowIssues: RosterIssue[] = []
    const fail = (field: RosterField, key: string, params: Record<string, unknown> = {}) => {
      const column = headerOf.get(field) ?? field
      rowIssues.push({ row, column, message: t(key, { row, column, ...params }) })
    }
    const text = (field: RosterField): string | undefined => {
      const cell = cells.get(field)
      if (!cell) return undefined
      if (cell.kind === 'formulaWithoutResult') fail(field, 'formulaWithoutResult')
      if (cell.kind === 'errorValue') fail(field, 'errorValue', { value: cell.value })
      return cell.kind === 'text' ? stripControls(cell.text) : undefined
    }

    const values: RecipientInput['values'] = {}
    let name = ''
    for (const field of TEXT_FIELDS) {
      const value = text(field)
      if (value === undefined) continue
      const max = limits[field]
      if (max !== undefined && [...value].length > max) fail(field, 'cellTooLong', { max })
      if (field === 'name') name = value
      else values[field] = value === '' ? null : value
    }
    if (cells.has('name') && !name && cells.get('name')?.kind === 'text') fail('name', 'cellEmpty')

    const gender = text('gender')
    if (gender !== undefined) {
      const known = GENDERS[gender.toLowerCase()]
      if (gender && !known) fail('gender', 'badGender')
      values.gender = known ?? null
    }
    const order = text('order')
    if (order !== undefined) {
      const number = Number(order)
      if (order && !(Number.isSafeInteger(number) && number >= 0)) fail('order', 'badOrder')
      values.order = order ? number : null
    }
    const photoFile = text('photo')

    if (name) {
      const first = firstRowOf.get(name)
      if (first !== undefined) {
        const column = headerOf.get('name') ?? 'name'
        rowIssues.push({ row, column, message: t('duplicateRow', { row, first, name }) })
      } else firstRowOf.set(name, row)
    }
    issues.push(...rowIssues)
    if (rowIssues.length === 0) inputs.push({ row, name, values, photoFile })
  }
  return { inputs, issues }
}
