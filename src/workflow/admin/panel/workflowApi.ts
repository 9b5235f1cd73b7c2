import type { Finding } from '@/compliance/scan/document'

import type { OfferedAction, WorkflowTargetSlug } from '../../stages'
import type { StatusJson } from './types'

export type TransitionRequestBody = {
  action: OfferedAction
  comment?: string
  assignee?: string
  publishAt?: string
  unpublishAt?: string
  /** The revision the panel shows: the server refuses the action if the document moved on. */
  revision?: number
  /** Approve at the last level, or publish, over the compliance gate's block (with a comment). */
  overrideCompliance?: boolean
  /** request_changes: the open review comments of this round it points at. */
  comments?: string[]
}

export type ApiAnswer<T> =
  { ok: true; body: T } | { ok: false; status: number; message: string; data?: unknown }

export type Target = {
  apiRoute: string
  collection: WorkflowTargetSlug
  id: string
  language: string
}

const workflowUrl = ({ apiRoute, collection, id }: Target) =>
  `${apiRoute}/workflow/${collection}/${encodeURIComponent(id)}`

// The server answers in the admin's language when asked, so its refusals can be shown as they are.
export const call = async <T>(
  target: Target,
  init: RequestInit,
  url = workflowUrl(target),
): Promise<ApiAnswer<T>> => {
  try {
    const response = await fetch(url, {
      ...init,
      credentials: 'include',
      headers: { 'Accept-Language': target.language, 'Content-Type': 'application/json' },
    })
    const json = (await response.json().catch(() => null)) as
      null | (T & { errors?: { message?: string; data?: unknown }[] })
    if (response.ok && json) return { ok: true, body: json }
    return {
      ok: false,
      status: response.status,
      message: json?.errors?.[0]?.message || response.statusText,
      data: json?.errors?.[0]?.data,
    }
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error) }
  }
}

/** `POST /api/workflow/{collection}/{id}`: the one way the admin UI changes a stage. */
export const postTransition = (target: Target, body: TransitionRequestBody) =>
  call<{ workflowStage: string }>(target, { method: 'POST', body: JSON.stringify(body) })

/** `GET /api/workflow/{collection}/{id}`: stage, review state and what this user may do now. */
export const fetchStatus = (target: Target) => call<StatusJson>(target, { method: 'GET' })

/** `GET /api/compliance/check?collection=&id=`: the compliance findings of the saved draft. */
export const fetchComplianceCheck = (target: Target) =>
  call<{ isBlocked: boolean; findings: Finding[] }>(
    target,
    { method: 'GET' },
    `${target.apiRoute}/compliance/check?collection=${target.collection}&id=${encodeURIComponent(target.id)}`,
  )
