import { Readable } from 'node:stream'

import ExcelJS from 'exceljs'
import type { Worksheet } from 'exceljs'
import { Unzip, UnzipInflate } from 'fflate'
import iconv from 'iconv-lite'

/** How far an .xlsx may unpack: a few thousand rows of text are a few MB; a bomb is gigabytes. */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024
const MAX_ZIP_ENTRIES = 2000
// Fed to the inflater a slice at a time, so a bomb is stopped after at most ~16 MB more output.
const ZIP_SLICE = 16 * 1024

export type FileProblem =
  'corrupt' | 'encrypted' | 'legacyXls' | 'notSpreadsheet' | 'tooManyLines' | 'unzippedTooLarge'

export class RosterFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly lines?: number,
  ) {
    super(problem)
    this.name = 'RosterFileError'
  }
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte)

const ZIP = [0x50, 0x4b, 0x03, 0x04]
// OLE compound file: legacy .xls, and also what Excel wraps an encrypted .xlsx in.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le')

class TooLarge extends Error {}

/**
 * Unpacks nothing to keep: counts what the zip really inflates to (its headers may lie) and stops
 * past the limit; a zip without a workbook part is some other archive.
 */
export const checkUnzipped = (
  bytes: Uint8Array,
  { maxBytes = MAX_UNZIPPED_BYTES, maxEntries = MAX_ZIP_ENTRIES, isWorkbook = true } = {},
): void => {
  let total = 0
  let entries = 0
  let hasWorkbook = false
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.onfile = (file) => {
    entries += 1
    if (file.name === 'xl/workbook.xml') hasWorkbook = true
    if (entries > maxEntries) throw new TooLarge()
    file.ondata = (error, chunk) => {
      if (error) throw error
      total += chunk.length
      if (total > maxBytes) throw new TooLarge()
    }
    file.start()
  }
  try {
    for (let at = 0; at < bytes.length; at += ZIP_SLICE) {
      unzip.push(bytes.subarray(at, at + ZIP_SLICE), at + ZIP_SLICE >= bytes.length)
    }
  } catch (error) {
    if (error instanceof TooLarge) throw new RosterFileError('unzippedTooLarge')
    throw new RosterFileError('corrupt')
  }
  if (isWorkbook && !hasWorkbook) throw new RosterFileError('notSpreadsheet')
}

const readXlsx = async (bytes: Uint8Array): Promise<Worksheet | undefined> => {
  checkUnzipped(bytes)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new RosterFileError('corrupt')
  }
  return workbook.worksheets.find((sheet) => sheet.state === 'visible') ?? workbook.worksheets[0]
}

// Bytes no text file holds (NUL and the C0 controls other than tab, LF, FF, CR).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/
// An HTML page saved with a .xls or .csv name (some systems "export to Excel" that way).
const HTML = /^\s*<(!doctype|html|head|body|table|\?xml|meta|div|script)/i

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
export const decodeText = (bytes: Uint8Array): string => {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = iconv.decode(Buffer.from(bytes), 'gb18030')
  }
  return text.replace(/^\uFEFF/, '')
}

const readCsv = async (bytes: Uint8Array, maxLines: number): Promise<Worksheet | undefined> => {
  const text = decodeText(bytes)
  if (BINARY.test(text) || HTML.test(text)) throw new RosterFileError('notSpreadsheet')
  // A file of nothing but line breaks would become millions of empty rows before any check.
  const lines = text.split('\n').length
  if (lines > maxLines) throw new RosterFileError('tooManyLines', lines)
  const workbook = new ExcelJS.Workbook()
  try {
    // `map` keeps every cell as the text written: no guessing of numbers or dates.
    return await workbook.csv.read(Readable.from([text]), { map: (value: string) => value })
  } catch {
    throw new RosterFileError('notSpreadsheet')
  }
}

/**
 * The first worksheet of an uploaded roster, whatever its name says: the bytes decide (a zip is an
 * .xlsx, a compound file is a legacy or encrypted workbook, text is CSV). `maxLines` bounds a CSV
 * before it is parsed.
 */
export const readWorksheet = async (
  bytes: Uint8Array,
  maxLines: number,
): Promise<Worksheet | undefined> => {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes)
  if (startsWith(bytes, COMPOUND_FILE)) {
    const isEncrypted = Buffer.from(bytes).includes(ENCRYPTION_INFO)
    throw new RosterFileError(isEncrypted ? 'encrypted' : 'legacyXls')
  }
  return readCsv(bytes, maxLines)
}
