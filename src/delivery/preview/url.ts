import { settings } from '@/env'

type UrlParts = {
  apiUrl: string
  collection: string
  id: string
  slug?: null | string
  token: string
}

/**
 * Where a previewer goes: PREVIEW_URL_TEMPLATE with `{collection}`, `{id}`, `{slug}` and `{token}`
 * filled in (URL-encoded), so the site can render its own page; else the API's JSON answer.
 */
export const previewUrl = ({ apiUrl, collection, id, slug, token }: UrlParts): string => {
  const template = settings().PREVIEW_URL_TEMPLATE
  if (!template) return `${apiUrl}/preview/${collection}/${id}?token=${encodeURIComponent(token)}`
  const values: Record<string, string> = { collection, id, slug: slug ?? '', token }
  return template.replace(/\{(collection|id|slug|token)\}/g, (_, name: string) =>
    encodeURIComponent(values[name]),
  )
}
