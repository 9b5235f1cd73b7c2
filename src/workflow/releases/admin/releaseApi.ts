import type { WorkflowCollectionSlug, WorkflowStage } from '../../stages'
import type { ReleaseItemStatus } from '../status'

/** A document as a release's `items` store it (the REST body's shape). */
export type ItemRef = { relationTo: WorkflowCollectionSlug; value: string }

export type OpenRelease = {
  id: string
  title: string
  workflowStage: WorkflowStage
  items: ItemRef[]
}

export type Answer<T> = { ok: true; body: T } | { ok: false; status: number; message: string }

/** Releases that still take items: not submitted yet, or sent back for changes. */
export const EDITABLE_RELEASE_STAGES: WorkflowStage[] = ['draft', 'changes_requested']

type ErrorBody = {
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

/**
 * The message to show for a refusal. A validation error (400) names the field in `message` and
 * says what is wrong in `data.errors`: an item held by another open release names that release.
 */
const messageOf = (json: null | ErrorBody, fallback: string): string => {
  const first = json?.errors?.[0]
  const details = first?.data?.errors?.flatMap((error) => (error.message ? [error.message] : []))
  return details?.length ? details.join('；') : first?.message || fallback
}

// As the logged-in user (the admin's cookie), so the collection's own access and rules apply.
const call = async <T>(
  url: string,
  language: string,
  init: RequestInit = {},
): Promise<Answer<T>> => {
  try {
    const response = await fetch(url, {
      ...init,
      credentials: 'include',
      headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
    })
    const json = (await response.json().catch(() => null)) as null | (T & ErrorBody)
    if (response.ok && json) return { ok: true, body: json }
    return { ok: false, status: response.status, message: messageOf(json, response.statusText) }
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error) }
  }
}

type StoredRelease = {
  id: string
  title?: null | string
  workflowStage?: WorkflowStage
  items?: unknown
}

const itemRefs = (items: unknown): ItemRef[] =>
  (Array.isArray(items)
    ? (items as { relationTo: WorkflowCollectionSlug; value: unknown }[])
    : []
  ).map(({ relationTo, value }) => ({
    relationTo,
    value: String(value && typeof value === 'object' ? (value as { id: unknown }).id : value),
  }))

const toOpenRelease = (doc: StoredRelease): OpenRelease => ({
  id: String(doc.id),
  title: doc.title ?? '',
  workflowStage: doc.workflowStage ?? 'draft',
  items: itemRefs(doc.items),
})

const releaseQuery = (extra: Record<string, string>) =>
  new URLSearchParams({
    // The working copy: what the next save builds on.
    draft: 'true',
    depth: '0',
    'select[title]': 'true',
    'select[workflowStage]': 'true',
    'select[items]': 'true',
    ...extra,
  })

/** The releases that still take items, newest first. */
export const fetchOpenReleases = async (apiRoute: string, language: string) => {
  const query = releaseQuery({ limit: '100', sort: '-updatedAt' })
  EDITABLE_RELEASE_STAGES.forEach((stage, index) =>
    query.set(`where[workflowStage][in][${index}]`, stage),
  )
  const answer = await call<{ docs: StoredRelease[] }>(`${apiRoute}/releases?${query}`, language)
  return answer.ok ? { ...answer, body: answer.body.docs.map(toOpenRelease) } : answer
}

const same = (a: ItemRef, b: ItemRef) => a.relationTo === b.relationTo && a.value === b.value

/**
 * Adds `items` at the end of a release (those already in it stay where they are). The release is
 * read again first, so an item added meanwhile by someone else is kept. Resolves to the release
 * and how many items were new.
 */
export const addToRelease = async (
  apiRoute: string,
  language: string,
  releaseId: string,
  items: ItemRef[],
): Promise<Answer<{ release: OpenRelease; added: number }>> => {
  const url = `${apiRoute}/releases/${encodeURIComponent(releaseId)}`
  const current = await call<StoredRelease>(`${url}?${releaseQuery({})}`, language)
  if (!current.ok) return current
  const release = toOpenRelease(current.body)
  const fresh = items.filter((item) => !release.items.some((held) => same(held, item)))
  if (fresh.length === 0) return { ok: true, body: { release, added: 0 } }
  const saved = await call<{ doc: StoredRelease }>(`${url}?depth=0`, language, {
    method: 'PATCH',
    body: JSON.stringify({ items: [...release.items, ...fresh] }),
  })
  if (!saved.ok) return saved
  return { ok: true, body: { release: toOpenRelease(saved.body.doc), added: fresh.length } }
}

/** Starts a new release holding `items`. */
export const createRelease = async (
  apiRoute: string,
  language: string,
  title: string,
  items: ItemRef[],
): Promise<Answer<{ release: OpenRelease; added: number }>> => {
  const saved = await call<{ doc: StoredRelease }>(`${apiRoute}/releases?depth=0`, language, {
    method: 'POST',
    body: JSON.stringify({ title, items }),
  })
  if (!saved.ok) return saved
  return { ok: true, body: { release: toOpenRelease(saved.body.doc), added: items.length } }
}

/** `GET /api/workflow/releases/{id}`: the items with their stage and whether they changed. */
export const fetchReleaseItems = async (apiRoute: string, language: string, id: string) => {
  const answer = await call<{ items: ReleaseItemStatus[] }>(
    `${apiRoute}/workflow/releases/${encodeURIComponent(id)}`,
    language,
  )
  return answer.ok ? { ...answer, body: answer.body.items } : answer
}
