import type { Endpoint, PayloadRequest } from 'payload'
import {
  addDataAndFileToRequest,
  commitTransaction,
  initTransaction,
  killTransaction,
} from 'payload'

import { isAdminUser } from '@/access/roles'

import type { ListFormat, TextDefaults } from '../lists'
import { formatRuleList, parseRuleList } from '../lists'
import { isRuleCategory, matchKeyOf } from '../ruleInput'
import { RULES_SLUG } from '../rules'
import { isRuleKind } from '../text/matcher'

import { adminsOnly, errorResponse, notLoggedIn } from './respond'

const MAX_LIST_BYTES = 5 * 1024 * 1024

const formatFrom = (value: unknown, fallback: ListFormat): ListFormat | null =>
  value === undefined || value === '' ? fallback : value === 'csv' || value === 'txt' ? value : null

/** The list's bytes and a format guessed from how it was sent: a multipart `file`, or the body. */
const readList = async (
  req: PayloadRequest,
): Promise<{ bytes: Uint8Array; guessed: ListFormat } | { problem: string }> => {
  const contentType = req.headers.get('content-type') ?? ''
  if (contentType.startsWith('multipart/form-data')) {
    await addDataAndFileToRequest(req)
    if (!req.file) return { problem: '缺少 file 字段 / the form has no file' }
    const isCsv = /\.csv$/i.test(req.file.name) || req.file.mimetype.includes('csv')
    return { bytes: new Uint8Array(req.file.data), guessed: isCsv ? 'csv' : 'txt' }
  }
  const buffer = await req.arrayBuffer?.()
  return {
    bytes: new Uint8Array(buffer ?? new ArrayBuffer(0)),
    guessed: contentType.includes('csv') ? 'csv' : 'txt',
  }
}

/**
 * `POST /api/compliance-rules/import` (admins): a UTF-8 list (the request body, or a multipart
 * `file`), `?format=csv|txt` (else from the file name or Content-Type), and for `txt` the
 * `?kind=` and `?category=` of its terms. Every line is checked first: any bad line answers 400
 * `{ errors: [{ message, line }] }` and nothing is written. Otherwise each rule is created, or
 * updated when the same term and kind exist: 200 `{ created, updated }`.
 */
export const importRulesEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return notLoggedIn()
    if (!isAdminUser(req.user)) return adminsOnly()
    const read = await readList(req)
    if ('problem' in read) return errorResponse(400, read.problem)
    if (read.bytes.byteLength > MAX_LIST_BYTES) {
      return errorResponse(413, '词库文件过大 / the list is larger than 5 MB')
    }
    const query = req.query as Record<string, unknown>
    const format = formatFrom(query.format, read.guessed)
    if (!format) return errorResponse(400, 'format 须为 csv 或 txt / format must be csv or txt')
    const kind = query.kind ?? 'block'
    const category = query.category ?? 'custom'
    if (!isRuleKind(kind) || !isRuleCategory(category)) {
      return errorResponse(400, 'kind 或 category 无效 / unknown kind or category')
    }
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes)
    } catch {
      return errorResponse(400, '文件不是 UTF-8 编码 / the list is not UTF-8 text')
    }
    const defaults: TextDefaults = { kind, category }
    const { rules, errors } = parseRuleList(text, format, defaults)
    if (errors.length) {
      return Response.json(
        {
          errors: errors.map(({ line, message }) => ({
            message: `第 ${line} 行 / line ${line}: ${message}`,
            line,
          })),
        },
        { status: 400 },
      )
    }
    if (rules.length === 0) return errorResponse(400, '列表中没有词条 / the list has no rules')

    const ownsTransaction = await initTransaction(req)
    try {
      let created = 0
      let updated = 0
      for (const { line: _line, ...rule } of rules) {
        const existing = await req.payload.find({
          collection: RULES_SLUG,
          where: { matchKey: { equals: matchKeyOf(rule.kind, rule.term) } },
          limit: 1,
          depth: 0,
          user: req.user,
          overrideAccess: false,
          req,
        })
        const found = existing.docs[0]
        if (found) {
          await req.payload.update({
            collection: RULES_SLUG,
            id: found.id,
            data: rule,
            depth: 0,
            user: req.user,
            overrideAccess: false,
            req,
          })
          updated += 1
        } else {
          await req.payload.create({
            collection: RULES_SLUG,
            data: rule,
            depth: 0,
            user: req.user,
            overrideAccess: false,
            req,
          })
          created += 1
        }
      }
      if (ownsTransaction) await commitTransaction(req)
      return Response.json({ created, updated })
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  },
}

/**
 * `GET /api/compliance-rules/export?format=csv|txt&kind=` (staff): the lists as UTF-8 text, in
 * the format import reads (CSV with a byte-order mark, for spreadsheet programs).
 */
export const exportRulesEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return notLoggedIn()
    const query = req.query as Record<string, unknown>
    const format = formatFrom(query.format, 'csv')
    if (!format) return errorResponse(400, 'format 须为 csv 或 txt / format must be csv or txt')
    const kind = query.kind ?? (format === 'txt' ? 'block' : undefined)
    if (kind !== undefined && !isRuleKind(kind)) {
      return errorResponse(400, `未知类型 / unknown kind "${String(kind)}"`)
    }
    const { docs } = await req.payload.find({
      collection: RULES_SLUG,
      where: kind ? { kind: { equals: kind } } : {},
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    const body = formatRuleList(docs, format)
    return new Response(format === 'csv' ? `\uFEFF${body}` : body, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="compliance-rules${kind ? `-${kind}` : ''}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
