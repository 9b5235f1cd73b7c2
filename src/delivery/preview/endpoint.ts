import type { Endpoint, PayloadRequest } from 'payload'

import { PRIVATE_CACHE_CONTROL } from '@/delivery/cache/policy'
import { errorBody } from '@/http/errorAnswer'
import type { WorkflowCollectionSlug } from '@/workflow/stages'
import { isWorkflowCollection } from '@/workflow/stages'

import { createPreviewToken, verifyPreviewToken } from './token'
import { previewUrl } from './url'

// A preview shows unpublished work: no browser or shared cache may keep any answer of this route.
const answer = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } })

const errorAnswer = (status: number, message: string) => answer(errorBody(message), status)

const target = (req: PayloadRequest): null | { collection: WorkflowCollectionSlug; id: string } => {
  const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
  if (!isWorkflowCollection(collection) || !req.payload.collections[collection] || !id) return null
  return { collection, id }
}

/**
 * `POST /api/preview/{collection}/{id}`: a staff member who may read the document gets
 * `{ token, url, expiresAt }`, a signed token that opens this document's latest draft and nothing
 * else until it expires. 401 not logged in; 404 no such collection or document (for this user).
 */
export const previewTokenEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorAnswer(401, 'Log in to preview drafts.')
    const found = target(req)
    if (!found) return errorAnswer(404, 'Not found.')
    const doc = await req.payload.findByID({
      ...found,
      draft: true,
      depth: 0,
      disableErrors: true,
      user: req.user,
      overrideAccess: false,
      req,
    })
    if (!doc) return errorAnswer(404, 'Not found.')
    const { token, expiresAt } = createPreviewToken(req.payload.secret, found)
    const { serverURL, routes } = req.payload.config
    const slug = 'slug' in doc && typeof doc.slug === 'string' ? doc.slug : null
    const url = previewUrl({ apiUrl: `${serverURL}${routes.api}`, ...found, slug, token })
    return answer({ token, url, expiresAt: expiresAt.toISOString() })
  },
}

/**
 * `GET /api/preview/{collection}/{id}?token=&locale=`: the document's latest draft (depth 1) for
 * whoever holds a valid token issued for exactly this document. 401 missing, tampered or expired
 * token; 403 a token for another document; 404 the document is gone.
 */
export const previewReadEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token')
    if (!token) return errorAnswer(401, 'A preview token is required.')
    const check = verifyPreviewToken(req.payload.secret, token)
    if (!check.ok) {
      return errorAnswer(
        401,
        check.reason === 'expired' ? 'Preview token expired.' : 'Invalid preview token.',
      )
    }
    const found = target(req)
    const { claims } = check
    if (!found || claims.collection !== found.collection || claims.id !== found.id) {
      return errorAnswer(403, 'This token does not open this document.')
    }
    const localization = req.payload.config.localization
    const locale = req.searchParams.get('locale') ?? undefined
    if (locale && localization && !localization.localeCodes.includes(locale)) {
      return errorAnswer(400, `Unknown locale: ${locale}`)
    }
    // Access skipped on purpose: the signed token is the authorization, and it names exactly this
    // document. It opens the content only: the staff-only review state is left out, and any
    // populated user is cut down to a name.
    const doc = await req.payload.findByID({
      ...found,
      draft: true,
      depth: 1,
      disableErrors: true,
      overrideAccess: true,
      select: { workflow: false },
      populate: { users: { name: true } },
      ...(locale ? { locale: locale as 'zh' } : {}),
      req,
    })
    if (!doc) return errorAnswer(404, 'Not found.')
    return answer(doc)
  },
}
