import type { Endpoint, PayloadRequest } from 'payload'

import { bearerApiKey } from '@/delivery/apiClients/key'
import { checkApiKey } from '@/delivery/apiClients/lookup'
import { PRIVATE_CACHE_CONTROL } from '@/delivery/cache/policy'
import { errorBody } from '@/http/errorAnswer'
import type { WorkflowCollectionSlug, WorkflowGlobalSlug } from '@/workflow/stages'
import { GLOBALS, isWorkflowCollection, isWorkflowGlobal } from '@/workflow/stages'

import { createPreviewToken, verifyPreviewToken } from './token'
import { previewUrl } from './url'

// A preview shows unpublished work: no browser or shared cache may keep any answer of this route.
const answer = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } })

const errorAnswer = (status: number, message: string) => answer(errorBody(message), status)

type Target =
  | { collection: typeof GLOBALS; id: WorkflowGlobalSlug }
  | { collection: WorkflowCollectionSlug; id: string }

/**
 * A document of a workflow collection, or a global under review addressed as the workflow
 * addresses it (`globals/{slug}`, as `POST /api/workflow/globals/{slug}`).
 */
const target = (req: PayloadRequest): null | Target => {
  const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
  if (collection === GLOBALS) return isWorkflowGlobal(id) ? { collection, id } : null
  if (!isWorkflowCollection(collection) || !req.payload.collections[collection] || !id) return null
  return { collection, id }
}

/** The working copy (latest draft) as the logged-in user may read it; null when they may not. */
const readAsUser = async (req: PayloadRequest, found: Target) => {
  if (found.collection === GLOBALS) {
    const global = await req.payload.findGlobal({
      slug: found.id,
      draft: true,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return global ?? null
  }
  return req.payload.findByID({
    ...found,
    draft: true,
    depth: 0,
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
}

/**
 * `POST /api/preview/{collection}/{id}`: a staff member who may read the document gets
 * `{ token, url, expiresAt }`, a signed token that opens this document's latest draft and nothing
 * else until it expires; `POST /api/preview/globals/{slug}` the same for a global under review.
 * 401 not logged in; 404 no such collection, document or workflow global (for this user).
 */
export const previewTokenEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorAnswer(401, 'Log in to preview drafts.')
    const found = target(req)
    if (!found) return errorAnswer(404, 'Not found.')
    const doc = await readAsUser(req, found)
    if (!doc) return errorAnswer(404, 'Not found.')
    const { token, expiresAt } = createPreviewToken(req.payload.secret, found)
    const { serverURL, routes } = req.payload.config
    // A global's slug is its address; a document's is its own `slug` field, when it has one.
    const slug =
      found.collection === GLOBALS
        ? found.id
        : 'slug' in doc && typeof doc.slug === 'string'
          ? doc.slug
          : null
    const url = previewUrl({ apiUrl: `${serverURL}${routes.api}`, ...found, slug, token })
    return answer({ token, url, expiresAt: expiresAt.toISOString() })
  },
}

/**
 * Whether the request may open this document's draft: a token issued for exactly it, or else the
 * key of a downstream client allowed to read drafts through preview (`canPreviewDrafts`).
 */
const previewRefusal = async (
  req: PayloadRequest,
  found: ReturnType<typeof target>,
): Promise<Response | undefined> => {
  const token = req.searchParams.get('token')
  const key = bearerApiKey(req.headers.get('authorization'))
  if (!token && key) {
    const client = await checkApiKey(req.payload, key)
    if (!client.ok) return errorAnswer(401, 'Invalid API key.')
    if (!client.client.canPreviewDrafts) {
      return errorAnswer(403, 'This API key may not read drafts.')
    }
    return found ? undefined : errorAnswer(404, 'Not found.')
  }
  if (!token) return errorAnswer(401, 'A preview token is required.')
  const check = verifyPreviewToken(req.payload.secret, token)
  if (!check.ok) {
    return errorAnswer(
      401,
      check.reason === 'expired' ? 'Preview token expired.' : 'Invalid preview token.',
    )
  }
  const { claims } = check
  if (!found || claims.collection !== found.collection || claims.id !== found.id) {
    return errorAnswer(403, 'This token does not open this document.')
  }
  return undefined
}

/**
 * `GET /api/preview/{collection}/{id}?token=&locale=`: the document's latest draft (depth 1) for
 * whoever holds a valid token issued for exactly this document (`globals/{slug}`: the global's
 * latest draft), or sends the API key of a client that may read drafts (`Authorization: Bearer
 * kx_…`). 401 missing, tampered or expired token or key; 403 a token for another document, or a key
 * without draft reading; 404 the document is gone.
 */
export const previewReadEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const found = target(req)
    const refusal = await previewRefusal(req, found)
    if (refusal || !found) return refusal ?? errorAnswer(404, 'Not found.')
    const localization = req.payload.config.localization
    const locale = req.searchParams.get('locale') ?? undefined
    if (locale && localization && !localization.localeCodes.includes(locale)) {
      return errorAnswer(400, `Unknown locale: ${locale}`)
    }
    // Access skipped on purpose: the signed token (naming exactly this document) or the client's
    // key is the authorization. It opens the content only: the staff-only review state is left
    // out, and any populated user is cut down to a name.
    const read = {
      draft: true,
      depth: 1,
      overrideAccess: true,
      select: { workflow: false },
      populate: { users: { name: true } },
      ...(locale ? { locale: locale as 'zh' } : {}),
      req,
    } as const
    const doc =
      found.collection === GLOBALS
        ? await req.payload.findGlobal({ slug: found.id, ...read })
        : await req.payload.findByID({ ...found, ...read, disableErrors: true })
    if (!doc) return errorAnswer(404, 'Not found.')
    return answer(doc)
  },
}
