import type { Worksheet } from 'exceljs'

import type { CellText } from './cells'
import { cellText } from './cells'
import type { RosterField } from './columns'
import { fieldForHeader } from './columns'
import type { ParsedRoster } from './parseRoster'

/** What the admin screen shows of a dry run: the sheet's headers and rows as it read them. */
export type RosterPreview = {
  /** The headers that fill a field, in the sheet's order. */
  columns: { header: string; field: RosterField }[]
  /** Every data row, by the sheet's own row number, as the text each field would receive. */
  preview: { row: number; cells: Partial<Record<RosterField, string>> }[]
}

const shown = (cell: CellText): string => {
  if (cell.kind === 'text') return cell.text
  return cell.kind === 'errorValue' ? cell.value : ''
}

export const rosterPreview = (roster: ParsedRoster): RosterPreview => ({
  columns: roster.columns.map(({ header, field }) => ({ header, field })),
  preview: roster.rows.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries([...cells].map(([field, cell]) => [field, shown(cell)])),
  })),
})

// As far down as the importer looks for the header row.
const HEADER_SEARCH_ROWS = 20

/**
 * A sheet without a recognised 姓名 column has no header row the importer can find: the row with
 * the most filled cells among the first ones is most likely it (a title line above it fills one).
 * Its unrecognised headers are offered to the admin screen for mapping.
 */
export const likelyUnknownHeaders = (
  sheet: Worksheet | undefined,
  mapping: Map<string, null | RosterField>,
): string[] => {
  if (!sheet) return []
  let best: string[] = []
  for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); row += 1) {
    const texts: string[] = []
    sheet.getRow(row).eachCell((cell) => {
      const text = shown(cellText(cell.value))
      if (text) texts.push(text)
    })
    if (texts.length > best.length) best = texts
  }
  return best.filter((header) => !fieldForHeader(header, mapping))
}
