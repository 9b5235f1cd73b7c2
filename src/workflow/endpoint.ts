import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isDatabaseUnavailable } from '@/database'
import {
  databaseUnavailableBody,
  markDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from '@/http/databaseOutage'
import { errorResponse as answerError } from '@/http/errorAnswer'
import { kexieT } from '@/i18n/t'

import { documentHistory } from './audit/history'
import { isDocumentLive, loadWorkingCopy, reviewStateOf } from './documents'
import { workflowMessage } from './errors'
import { featureActionFor, offeredFeatureActions } from './featureActions'
import { statusSections } from './guards'
import { ACTION_LIST, parseTransitionBody } from './requestBody'
import { releaseItemsStatus } from './releases/status'
import { requiredApprovalsFor } from './settings'
import type { UserActor } from './stateMachine'
import { availableActions } from './stateMachine'
import type { WorkflowTargetSlug } from './stages'
import { GLOBALS, isWorkflowTarget, RELEASES } from './stages'
import { performTransition } from './transition'

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

const errorResponse = (status: number, message: string, data?: unknown) =>
  answerError(status, message, data ? { details: { data } } : {})

const userActor = (req: PayloadRequest): null | UserActor =>
  req.user ? { kind: 'user', id: String(req.user.id), roles: req.user.roles ?? [] } : null

/** The collection and document a request names: a 404 answer when there is no such collection. */
const target = (req: PayloadRequest): Response | { collection: WorkflowTargetSlug; id: string } => {
  const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
  // A workflow global is `globals/{slug}`; an unknown slug is a 404 on the document.
  const isKnown = collection === GLOBALS || Boolean(req.payload.collections[collection as never])
  if (!isWorkflowTarget(collection) || !isKnown || !id) {
    return errorResponse(404, workflowMessage(req, 'unknownCollection', { collection }))
  }
  return { collection, id }
}

const failure = (req: PayloadRequest, error: unknown): Response => {
  if (error instanceof APIError && error.status < 500) {
    return errorResponse(error.status, error.message, error.data ?? undefined)
  }
  if (isDatabaseUnavailable(error)) {
    markDatabaseUnavailable()
    req.payload.logger.warn({ err: error, msg: 'workflow: the database is unavailable' })
    return Response.json(databaseUnavailableBody(), {
      status: 503,
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    })
  }
  req.payload.logger.error({ err: error, msg: 'workflow: transition failed' })
  return errorResponse(500, 'Something went wrong.')
}

/**
 * `POST /api/workflow/{collection}/{id}` (a workflow global: `/api/workflow/globals/{slug}`) with
 * `{ action, comment?, publishAt?, unpublishAt?, assignee?, revision? }`: 200
 * `{ id, workflowStage, _status, history, compliance? }`; 400 unknown action or bad
 * body; 401 not logged in; 403 not this role or person; 404 no such collection or document; 409
 * not from the current stage, or `revision` (as `GET` answered it) is no longer the document's
 * (docs/workflow.md).
 */
export const workflowTransitionEndpoint: Endpoint = {
  path: '/workflow/:collection/:id',
  method: 'post',
  handler: async (req) => {
    const actor = userActor(req)
    if (!actor) return errorResponse(401, kexieT(req)('kexie:wfNotLoggedIn'))
    const raw = (await req.text?.()) ?? ''
    // A feature's own action (docs/architecture.md#actions-a-feature-adds) parses its own body.
    const json = parseJson(raw)
    const feature = featureActionFor(req, req.routeParams?.collection as string, json)
    if (feature) {
      const found = target(req)
      if (found instanceof Response) return found
      try {
        return Response.json(
          await feature.perform(req, actor, found, json as Record<string, unknown>),
        )
      } catch (error) {
        return failure(req, error)
      }
    }
    const parsed = parseTransitionBody(raw)
    if ('kind' in parsed) {
      return errorResponse(
        400,
        parsed.kind === 'unknownAction'
          ? kexieT(req)('kexie:wfUnknownAction', { action: parsed.action, actions: ACTION_LIST })
          : kexieT(req)('kexie:wfBadBody', { problem: parsed.problem }),
      )
    }
    const found = target(req)
    if (found instanceof Response) return found
    try {
      const result = await performTransition(req, actor, { ...found, ...parsed.body })
      return Response.json(result)
    } catch (error) {
      return failure(req, error)
    }
  },
}

/**
 * `GET /api/workflow/{collection}/{id}`: where a document is and what the logged-in user may do
 * with it now (`actions`), with its history and its `revision` (to send back with an action). For
 * the admin UI's workflow panel. A release also lists its `items`.
 */
export const workflowStatusEndpoint: Endpoint = {
  path: '/workflow/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const actor = userActor(req)
    if (!actor) return errorResponse(401, kexieT(req)('kexie:wfNotLoggedIn'))
    const found = target(req)
    if (found instanceof Response) return found
    const { collection, id } = found
    try {
      const doc = await loadWorkingCopy(req, collection, id, { asUser: true })
      if (!doc) return errorResponse(404, workflowMessage(req, 'notFound'))
      const isLive = await isDocumentLive(req, collection, id)
      const state = reviewStateOf(doc, isLive, await requiredApprovalsFor(req, collection, doc))
      return Response.json({
        id,
        workflowStage: state.stage,
        _status: doc._status ?? 'draft',
        isLive,
        requiredApprovals: state.requiredApprovals,
        approvals: state.approvals,
        publishAt: state.publishAt,
        unpublishAt: state.unpublishAt,
        revision: state.revision,
        actions: [
          ...availableActions(state, actor),
          ...(await offeredFeatureActions(req, actor, { collection, id, doc })),
        ],
        history: await documentHistory(req, collection, id),
        ...(await statusSections(req, { collection, id })),
        ...(collection === RELEASES ? { items: await releaseItemsStatus(req, doc) } : {}),
      })
    } catch (error) {
      return failure(req, error)
    }
  },
}
