import type { RosterIssue } from '../parseRoster'
import type { RosterPreview } from '../preview'

/** A dry run's answer (200, also when the sheet has problems); see docs/rosters.md. */
export type RosterPreviewAnswer = {
  rows: number
  valid: number
  errors: RosterIssue[]
  ignoredColumns?: string[]
  created?: number
  updated?: number
  unchanged?: number
} & Partial<RosterPreview>

/** A real import's answer (201). */
export type RosterImportAnswer = {
  created: number
  updated: number
  unchanged?: number
  rows: number
  release: null | { id: number | string }
}

type ImportRequest = {
  url: string
  /** The admin language: the endpoint answers its messages in it. */
  language: string
  award: string
  year: string
  file: File
  photos: File | null
  mapping: Record<string, string>
  isDryRun: boolean
}

type Answer =
  | { ok: true; body: RosterImportAnswer | RosterPreviewAnswer }
  | { ok: false; status: number; message: string; body?: RosterPreviewAnswer }

/** `POST /api/award-recipients/import` as the logged-in user (the admin's cookie). */
export const postRosterImport = async (request: ImportRequest): Promise<Answer> => {
  const form = new FormData()
  form.append('file', request.file, request.file.name)
  form.append('award', request.award)
  form.append('year', request.year)
  if (request.photos) form.append('photos', request.photos, request.photos.name)
  // An empty choice sends nothing for that header, which leaves it ignored as before.
  const mapping = Object.fromEntries(Object.entries(request.mapping).filter(([, field]) => field))
  if (Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping))
  try {
    const response = await fetch(`${request.url}${request.isDryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      credentials: 'include',
      headers: { 'Accept-Language': request.language },
    })
    const json = (await response.json().catch(() => null)) as
      null | (RosterImportAnswer & RosterPreviewAnswer & { errors?: { message?: string }[] })
    if (response.ok && json) return { ok: true, body: json }
    return {
      ok: false,
      status: response.status,
      message: json?.errors?.[0]?.message || response.statusText,
      body: json && Array.isArray(json.errors) && 'rows' in json ? json : undefined,
    }
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error) }
  }
}
