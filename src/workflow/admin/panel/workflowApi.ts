import type { WorkflowAction, WorkflowTargetSlug } from '../../stages'
import type { StatusJson } from './types'

export type TransitionRequestBody = {
  action: WorkflowAction
  comment?: string
  assignee?: string
  publishAt?: string
  unpublishAt?: string
  /** The revision the panel shows: the server refuses the action if the document moved on. */
  revision?: number
}

export type ApiAnswer<T> = { ok: true; body: T } | { ok: false; status: number; message: string }

type Target = { apiRoute: string; collection: WorkflowTargetSlug; id: string; language: string }

const url = ({ apiRoute, collection, id }: Target) =>
  `${apiRoute}/workflow/${collection}/${encodeURIComponent(id)}`

// The server answers in the admin's language when asked, so its refusals can be shown as they are.
const call = async <T>(target: Target, init: RequestInit): Promise<ApiAnswer<T>> => {
  try {
    const response = await fetch(url(target), {
      ...init,
      credentials: 'include',
      headers: { 'Accept-Language': target.language, 'Content-Type': 'application/json' },
    })
    const json = (await response.json().catch(() => null)) as
      null | (T & { errors?: { message?: string }[] })
    if (response.ok && json) return { ok: true, body: json }
    return {
      ok: false,
      status: response.status,
      message: json?.errors?.[0]?.message || response.statusText,
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
