import type { Worksheet } from 'exceljs'

import type { CellText } from './cells'
import { cellText } from './cells'
import type { RosterField } from './columns'
import { EXPORT_HEADERS, fieldForHeader } from './columns'

/** One problem with a roster, where the sheet has it (`row`: the sheet's own row number). */
export type RosterIssue = { row: null | number; column: null | string; message: string }

export type Translate = (key: string, params?: Record<string, unknown>) => string

export type RosterColumn = { column: number; header: string; field: RosterField }

export type RosterRow = { row: number; cells: Map<RosterField, CellText> }

export type ParsedRoster = {
  headerRow: number
  columns: RosterColumn[]
  /** Headers that fill no field (kept out of the import, listed in the answer). */
  ignoredColumns: string[]
  rows: RosterRow[]
}

// Title lines ("2026年度青岛市青年科技奖获奖名单") may sit above the header row.
const HEADER_SEARCH_ROWS = 20

const rowTexts = (sheet: Worksheet, rowNumber: number): string[] => {
  const texts: string[] = []
  sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, column) => {
    const text = cellText(cell.value)
    texts[column] = text.kind === 'text' ? text.text : ''
  })
  return texts
}

const findHeaderRow = (
  sheet: Worksheet,
  mapping: Map<string, null | RosterField>,
): number | undefined => {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS)
  for (let row = 1; row <= last; row += 1) {
    if (rowTexts(sheet, row).some((text) => text && fieldForHeader(text, mapping) === 'name')) {
      return row
    }
  }
  return undefined
}

const isBlankRow = (cells: Map<RosterField, CellText>) =>
  [...cells.values()].every((cell) => cell.kind === 'text' && cell.text === '')

/**
 * Finds the header row (the first with a name column), maps its headers to fields and reads the
 * rows below it. Blank rows are skipped; a merged cell spanning columns is refused (which column
 * would it fill?), while one spanning rows gives its value to each row (a shared 工作单位).
 */
export const parseRoster = (
  sheet: Worksheet | undefined,
  mapping: Map<string, null | RosterField>,
  t: Translate,
): { issues: RosterIssue[] } | { roster: ParsedRoster } => {
  const hasContent = sheet !== undefined && sheet.actualRowCount > 0
  if (!sheet || !hasContent) return { issues: [{ row: null, column: null, message: t('empty') }] }
  const headerRow = findHeaderRow(sheet, mapping)
  if (headerRow === undefined) {
    const column = EXPORT_HEADERS.name
    return { issues: [{ row: null, column, message: t('missingColumn', { column }) }] }
  }

  const issues: RosterIssue[] = []
  const columns: RosterColumn[] = []
  const ignoredColumns: string[] = []
  rowTexts(sheet, headerRow).forEach((header, column) => {
    if (!header) return
    const field = fieldForHeader(header, mapping)
    if (!field) {
      ignoredColumns.push(header)
      return
    }
    const other = columns.find((known) => known.field === field)
    if (other) {
      issues.push({
        row: headerRow,
        column: header,
        message: t('duplicateColumn', { column: header, other: other.header }),
      })
      return
    }
    columns.push({ column, header, field })
  })

  for (const range of (sheet.model.merges ?? []) as string[]) {
    const [from, to = from] = range.split(':')
    const top = sheet.getCell(from)
    const bottom = sheet.getCell(to)
    const spansColumns = Number(top.col) !== Number(bottom.col)
    if (spansColumns && Number(bottom.row) >= headerRow) {
      const row = Math.max(Number(top.row), headerRow)
      issues.push({ row, column: null, message: t('mergedAcross', { row, range }) })
    }
  }

  const rows: RosterRow[] = []
  for (let row = headerRow + 1; row <= sheet.rowCount; row += 1) {
    const sheetRow = sheet.getRow(row)
    const cells = new Map<RosterField, CellText>()
    for (const { column, field } of columns)
      cells.set(field, cellText(sheetRow.getCell(column).value))
    if (!isBlankRow(cells)) rows.push({ row, cells })
  }
  if (issues.length === 0 && rows.length === 0) {
    issues.push({ row: null, column: null, message: t('empty') })
  }
  return issues.length > 0 ? { issues } : { roster: { headerRow, columns, ignoredColumns, rows } }
}
