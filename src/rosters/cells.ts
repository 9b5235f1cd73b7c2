import type { CellValue } from 'exceljs'

import { restoreNeutralized } from './neutralize'

/** A cell's text, or why it has none a roster can use. */
export type CellText =
  | { kind: 'text'; text: string }
  | { kind: 'formulaWithoutResult' }
  | { kind: 'errorValue'; value: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** A date cell as the calendar day it shows (Excel stores dates as UTC midnight). */
const dayOf = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * What a cell shows, as text. Formulas give the result Excel saved with the workbook: nothing here
 * ever evaluates one (a formula without a saved result is reported, not computed). Rich text gives
 * its plain text, hyperlinks their text, and text an export neutralised comes back as written.
 */
export const cellText = (value: CellValue | undefined): CellText => {
  if (value === null || value === undefined) return { kind: 'text', text: '' }
  if (typeof value === 'string') return { kind: 'text', text: restoreNeutralized(value.trim()) }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'text', text: String(value) }
  }
  if (value instanceof Date) return { kind: 'text', text: dayOf(value) }
  if (!isObject(value)) return { kind: 'text', text: '' }
  if ('error' in value) return { kind: 'errorValue', value: String(value.error) }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result
    if (result === undefined || result === null) return { kind: 'formulaWithoutResult' }
    return cellText(result)
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = (value.richText as { text?: string }[]).map((part) => part.text ?? '').join('')
    return { kind: 'text', text: restoreNeutralized(text.trim()) }
  }
  if ('text' in value) return cellText((value as { text?: CellValue }).text)
  return { kind: 'text', text: '' }
}
