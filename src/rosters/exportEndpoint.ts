import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest, TypedLocale } from 'payload'

import { errorResponse } from '@/http/errorAnswer'
import { kexieT } from '@/i18n/t'
import type { AwardRecipient } from '@/payload-types'

import { resolveAwardAndYear } from './award'
import type { RosterField } from './columns'
import { EXPORT_HEADERS, ROSTER_FIELDS } from './columns'
import { rosterTranslator } from './messages'
import { neutralizeCell } from './neutralize'

const FORMATS = ['xlsx', 'csv'] as const
type Format = (typeof FORMATS)[number]

const CONTENT_TYPES: Record<Format, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

const GENDER_TEXT = { male: '男', female: '女' } as const

const recipientsOf = async (
  req: PayloadRequest,
  awardId: string,
  year: number,
  locale: TypedLocale,
) => {
  const { docs } = await req.payload.find({
    collection: 'award-recipients',
    where: { and: [{ award: { equals: awardId } }, { year: { equals: year } }] },
    // The working copies, as an import would write them: export and re-import change nothing.
    draft: true,
    depth: 0,
    pagination: false,
    sort: ['order', 'name'],
    locale,
    fallbackLocale: false,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const photoIds = [...new Set(docs.map((doc) => doc.photo).filter(Boolean))] as string[]
  const { docs: photos } = photoIds.length
    ? await req.payload.find({
        collection: 'media',
        where: { id: { in: photoIds } },
        depth: 0,
        pagination: false,
        user: req.user,
        overrideAccess: false,
        req,
      })
    : { docs: [] }
  const fileNames = new Map(photos.map((photo) => [String(photo.id), photo.filename ?? '']))
  return docs.map((doc) => ({ doc, photoFile: doc.photo ? fileNames.get(String(doc.photo)) : '' }))
}

const cellFor = (doc: AwardRecipient, field: RosterField, photoFile = ''): number | string => {
  switch (field) {
    case 'order':
      return doc.order ?? ''
    case 'gender':
      return doc.gender ? GENDER_TEXT[doc.gender] : ''
    case 'photo':
      return neutralizeCell(photoFile)
    default:
      return neutralizeCell(doc[field] ?? '')
  }
}

/** `filename*` carries the Chinese name (RFC 6266); `filename` an ASCII one for old clients. */
const disposition = (title: string, year: number, format: Format) =>
  `attachment; filename="award-recipients-${year}.${format}"; filename*=UTF-8''${encodeURIComponent(
    `${title}.${format}`,
  )}`

/**
 * `GET /api/award-recipients/export?award=&year=&format=xlsx|csv` (staff): the award's recipients
 * of that year, in the import's own columns, so an export imports back unchanged. Text a
 * spreadsheet would run as a formula is neutralised; CSV is UTF-8 with a BOM, which Excel needs
 * to read Chinese.
 */
export const rosterExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return errorResponse(401, kexieT(req)('kexie:wfNotLoggedIn'))
    }
    const t = await rosterTranslator(req)
    const params = req.searchParams
    const format = (params?.get('format') || 'xlsx') as Format
    if (!FORMATS.includes(format)) {
      return errorResponse(400, t('exportParams'))
    }
    const target = await resolveAwardAndYear(req, params?.get('award'), params?.get('year'), t)
    if ('issues' in target) return Response.json({ errors: target.issues }, { status: 400 })
    const { award, year } = target
    const locale = (req.locale ?? 'zh') as TypedLocale
    const recipients = await recipientsOf(req, String(award.id), year, locale)

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('获奖名单')
    sheet.addRow(ROSTER_FIELDS.map((field) => EXPORT_HEADERS[field]))
    sheet.getRow(1).font = { bold: true }
    for (const { doc, photoFile } of recipients) {
      sheet.addRow(ROSTER_FIELDS.map((field) => cellFor(doc, field, photoFile)))
    }
    const bytes =
      format === 'xlsx'
        ? await workbook.xlsx.writeBuffer()
        : await workbook.csv.writeBuffer({ formatterOptions: { writeBOM: true } })
    const title = t('releaseName', { award: award.name ?? '', year })
    return new Response(new Uint8Array(bytes as ArrayBuffer), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': disposition(title, year, format),
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
