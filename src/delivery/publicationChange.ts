type Versioned = { _status?: 'draft' | 'published' | null }

/** Collections without drafts have no `_status`: every saved document of theirs is public. */
export const isPublished = (doc: unknown): boolean =>
  (doc as Versioned | undefined)?._status !== 'draft'

export type PublicationChange = 'publish' | 'unpublish'

type ChangeArgs = { doc: unknown; previousDoc?: unknown; operation: 'create' | 'update' }

/**
 * What an afterChange means to anonymous readers: a document that became public (`publish`), one
 * that stopped being public (`unpublish`), or `null` for saves that leave visibility as it was
 * (including edits of an already published document).
 */
export const publicationChangeOf = ({
  doc,
  previousDoc,
  operation,
}: ChangeArgs): PublicationChange | null => {
  const wasPublished = operation === 'update' && isPublished(previousDoc)
  const isNowPublished = isPublished(doc)
  if (isNowPublished && !wasPublished) return 'publish'
  if (!isNowPublished && wasPublished) return 'unpublish'
  return null
}
