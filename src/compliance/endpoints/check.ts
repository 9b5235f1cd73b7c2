import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { GLOBALS, isWorkflowGlobal, isWorkflowTarget } from '@/workflow/stages'

import { documentFindings } from '../gate'
import { currentRules } from '../rules'
import { scanPlainText } from '../scan/document'

import { errorResponse, notLoggedIn } from './respond'

// Large enough for any article pasted whole; a bound so one request cannot pin a core.
const MAX_TEXT_LENGTH = 1_000_000

const answer = (findings: ReturnType<typeof scanPlainText>) =>
  Response.json({
    isBlocked: findings.some((finding) => finding.severity === 'block'),
    findings,
  })

const checkDocument = async (
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<Response> => {
  const isGlobal = collection === GLOBALS && isWorkflowGlobal(id)
  // A release too: the panel on its page checks its own text, as the gate does before its items.
  if (
    !isGlobal &&
    (!isWorkflowTarget(collection) || !req.payload.collections[collection as CollectionSlug])
  ) {
    return errorResponse(
      404,
      `没有可检查的集合 ${collection} / No collection ${collection} to check`,
    )
  }
  const findings = await documentFindings(req, collection as CollectionSlug, id, { asUser: true })
  if (!findings) return errorResponse(404, '未找到该文档 / No such document')
  return answer(findings)
}

/**
 * `POST /api/compliance/check` (staff) with `{ collection, id }` (a workflow document's latest
 * version, all locales; `{ collection: "globals", id: "homepage" }` for a workflow global) or `{ text }`: 200 `{ isBlocked, findings }`, as the gate would see it.
 */
export const complianceCheckEndpoint: Endpoint = {
  path: '/compliance/check',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return notLoggedIn()
    let body: unknown
    try {
      body = JSON.parse((await req.text?.()) ?? '')
    } catch {
      return errorResponse(400, '请求体须为 JSON / The body must be JSON')
    }
    const { collection, id, text } = (body ?? {}) as Record<string, unknown>
    if (typeof text === 'string') {
      if (text.length > MAX_TEXT_LENGTH) {
        return errorResponse(400, `text 过长 / text is longer than ${MAX_TEXT_LENGTH} characters`)
      }
      return answer(scanPlainText(await currentRules(req), text))
    }
    if (typeof collection !== 'string' || typeof id !== 'string' || !id) {
      return errorResponse(
        400,
        '须提供 { collection, id } 或 { text } / Send { collection, id } or { text }',
      )
    }
    return checkDocument(req, collection, id)
  },
}

/**
 * `GET /api/compliance/check?collection=&id=` (staff): the same check of a document's latest
 * version, without acting on it (the workflow panel's 检查 button, and after a save).
 */
export const complianceCheckGetEndpoint: Endpoint = {
  path: '/compliance/check',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return notLoggedIn()
    const { collection, id } = (req.query ?? {}) as Record<string, unknown>
    if (typeof collection !== 'string' || typeof id !== 'string' || !collection || !id) {
      return errorResponse(
        400,
        '须提供 ?collection=&id= / Send ?collection= and ?id= of a document',
      )
    }
    return checkDocument(req, collection, id)
  },
}
