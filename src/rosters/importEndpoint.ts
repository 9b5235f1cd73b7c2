import type { Endpoint, PayloadRequest, TypedLocale } from 'payload'
import { ValidationError } from 'payload'

import { errorBody } from '@/http/errorAnswer'
import { kexieT } from '@/i18n/t'
import { maxImagePixels } from '@/media/sharp'

import { resolveAwardAndYear } from './award'
import type { RosterField } from './columns'
import { isRosterField, normalizeHeader } from './columns'
import { readMultipart } from './form'
import type { PhotoBox } from './photos'
import { MAX_PHOTOS_UNZIPPED_BYTES, readPhotos } from './photos'
import { rosterTranslator } from './messages'
import type { RosterIssue, Translate } from './parseRoster'
import { parseRoster } from './parseRoster'
import { planImport } from './plan'
import { MAX_UNZIPPED_BYTES, readWorksheet, RosterFileError } from './readWorkbook'
import { likelyUnknownHeaders, rosterPreview } from './preview'
import { planRosterRelease } from './release'
import type { FieldLimits } from './validateRows'
import { validateRows } from './validateRows'
import { complianceIssues } from './compliance'
import { isClientError, RowWriteError, writeImport } from './writeImport'

export type RosterImportOptions = {
  /** Data rows one import may carry (`ROSTER_MAX_ROWS`). */
  maxRows: number
  /** Largest upload accepted, in bytes (`MAX_UPLOAD_MB`). */
  maxFileBytes: number
}

const issue = (message: string, column: null | string = null): RosterIssue => ({
  row: null,
  column,
  message,
})

/** The admin's `mapping` form field: `{ "sheet header": "field" | null }`. */
const parseMapping = (
  raw: FormDataEntryValue | null,
): Map<string, null | RosterField> | { problem: string } => {
  const mapping = new Map<string, null | RosterField>()
  if (raw === null || raw === '') return mapping
  let json: unknown
  try {
    json = JSON.parse(String(raw))
  } catch {
    return { problem: 'not JSON' }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { problem: 'expected an object { "header": "field" }' }
  }
  for (const [header, field] of Object.entries(json)) {
    if (field !== null && field !== '' && !isRosterField(field)) {
      return { problem: `"${String(field)}" is not a roster field` }
    }
    mapping.set(normalizeHeader(header), isRosterField(field) ? field : null)
  }
  return mapping
}

const fieldLimits = (req: PayloadRequest): FieldLimits => {
  const limits: FieldLimits = {}
  for (const field of req.payload.collections['award-recipients'].config.flattenedFields) {
    if ('maxLength' in field && typeof field.maxLength === 'number') {
      limits[field.name as keyof FieldLimits] = field.maxLength
    }
  }
  return limits
}

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

const fileMessage = (error: RosterFileError, t: Translate, fileName: string, maxRows: number) => {
  switch (error.problem) {
    case 'unzippedTooLarge':
      return t('unzippedTooLarge', { limit: MAX_UNZIPPED_BYTES / 1024 / 1024 })
    case 'tooManyLines':
      return t('tooManyRows', { rows: error.lines, max: maxRows })
    case 'notSpreadsheet':
      return t('notSpreadsheet', { file: fileName })
    default:
      return t(error.problem)
  }
}

const writeFailure = (error: RowWriteError, t: Translate): RosterIssue[] => {
  const { cause, row } = error
  const problems =
    cause instanceof ValidationError
      ? cause.data.errors.map((detail) => detail.message)
      : [cause instanceof Error ? cause.message : String(cause)]
  return problems.map((problem) => ({
    row,
    column: null,
    message: t('saveFailed', { row, problem }),
  }))
}

/**
 * `POST /api/award-recipients/import` (multipart: `file`, `award`, `year`, optional `mapping`;
 * `?dryRun=true` checks without writing). Staff only; every recipient is written as a draft by
 * the person importing, through the collection's own access and workflow rules. Everything is
 * checked before anything is written: any problem answers 400 with every problem found and
 * leaves the database as it was.
 */
export const rosterImportEndpoint = ({ maxRows, maxFileBytes }: RosterImportOptions): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, errorBody(kexieT(req)('kexie:wfNotLoggedIn')))
    const t = await rosterTranslator(req)
    const isDryRun = req.searchParams?.get('dryRun') === 'true'
    const locale = (req.locale ?? 'zh') as TypedLocale

    const refuse = (errors: RosterIssue[], rows = 0, more: Record<string, unknown> = {}) =>
      answer(isDryRun ? 200 : 400, { rows, valid: 0, errors, ...more })

    // The roster and an optional photos zip, each at most `maxFileBytes`, and the form fields.
    const body = await readMultipart(req, 2 * maxFileBytes + 1024 * 1024)
    if (body.kind === 'tooLarge') {
      const limit = Math.round(maxFileBytes / 1024 / 1024)
      return answer(413, { errors: [issue(t('fileTooLarge', { limit }), 'file')] })
    }
    if (body.kind === 'notMultipart') return answer(400, { errors: [issue(t('badForm'))] })
    const { form } = body

    const file = form.get('file')
    const photosFile = form.get('photos')
    const mapping = parseMapping(form.get('mapping'))
    const target = await resolveAwardAndYear(req, form.get('award'), form.get('year'), t)
    const requestIssues = [
      ...(file instanceof File ? [] : [issue(t('noFile'), 'file')]),
      ...('problem' in mapping
        ? [issue(t('badMapping', { problem: mapping.problem }), 'mapping')]
        : []),
      ...('issues' in target ? target.issues : []),
    ]
    if (!(file instanceof File) || 'problem' in mapping || 'issues' in target) {
      return refuse(requestIssues)
    }
    if (
      file.size > maxFileBytes ||
      (photosFile instanceof File && photosFile.size > maxFileBytes)
    ) {
      const limit = Math.round(maxFileBytes / 1024 / 1024)
      return answer(413, { errors: [issue(t('fileTooLarge', { limit }), 'file')] })
    }

    let sheet
    try {
      // Ten lines a row is more than any real sheet's multi-line cells need.
      sheet = await readWorksheet(new Uint8Array(await file.arrayBuffer()), maxRows * 10 + 100)
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error
      return refuse([issue(fileMessage(error, t, file.name, maxRows), 'file')])
    }
    let photos: PhotoBox | undefined
    if (photosFile instanceof File && photosFile.size > 0) {
      try {
        photos = readPhotos(new Uint8Array(await photosFile.arrayBuffer()))
      } catch (error) {
        if (!(error instanceof RosterFileError)) throw error
        const message =
          error.problem === 'unzippedTooLarge'
            ? t('photosTooLarge', { limit: MAX_PHOTOS_UNZIPPED_BYTES / 1024 / 1024 })
            : t('photosNotZip', { file: photosFile.name })
        return refuse([issue(message, 'photos')])
      }
    }
    const parsed = parseRoster(sheet, mapping, t)
    if ('issues' in parsed) {
      // Without a header row there is nothing to preview; the likely headers can still be mapped.
      return refuse(parsed.issues, 0, { ignoredColumns: likelyUnknownHeaders(sheet, mapping) })
    }
    const { roster } = parsed
    const rows = roster.rows.length
    if (rows > maxRows) return refuse([issue(t('tooManyRows', { rows, max: maxRows }))], rows)

    const checked = validateRows(roster, fieldLimits(req), t)
    const blocked = await complianceIssues(req, roster, checked.inputs, t)
    const { award, year } = target
    const planned = await planImport(
      { req, awardId: String(award.id), year, locale, t, photos, maxPixels: maxImagePixels() },
      checked.inputs,
    )
    const releaseTitle = t('releaseName', { award: award.name ?? '', year }).slice(0, 200)
    const existing = [...planned.plan.updates, ...planned.plan.unchanged].map(
      ({ row, id, name }) => ({ row, id: String(id), name }),
    )
    const release = await planRosterRelease(req, releaseTitle, existing, t)
    const errors = [...checked.issues, ...blocked, ...planned.issues, ...release.issues].sort(
      (a, b) => (a.row ?? 0) - (b.row ?? 0),
    )
    const { plan } = planned
    const summary = {
      rows,
      valid: rows - new Set(errors.map((error) => error.row)).size,
      errors,
      ignoredColumns: roster.ignoredColumns,
    }
    if (isDryRun) {
      return answer(200, {
        ...summary,
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged.length,
        ...rosterPreview(roster),
      })
    }
    if (errors.length > 0) return answer(400, summary)

    try {
      const result = await writeImport(req, plan, { locale, release: release.release })
      return answer(201, { ...result, rows })
    } catch (error) {
      if (error instanceof RowWriteError && isClientError(error.cause)) {
        return answer(error.cause.status === 409 ? 409 : 400, {
          ...summary,
          valid: 0,
          errors: writeFailure(error, t),
        })
      }
      throw error instanceof RowWriteError ? error.cause : error
    }
  },
})
