import { getTranslation } from '@payloadcms/translations'
import type { DefaultServerCellComponentProps, TypedLocale } from 'payload'

import { globalEntryOf } from '@/content/registry'

import { collectionLabels, GLOBALS } from '../../stages'

/** The content locale that matches the admin's language (Chinese unless the UI is English). */
const localeOf = (language: string): TypedLocale => (language === 'en' ? 'en' : 'zh')

/** `documentCollection` of a history record: the collection's name in the user's language. */
export const HistoryCollectionCell = ({
  cellData,
  i18n,
  payload,
}: DefaultServerCellComponentProps) => {
  const slug = String(cellData ?? '')
  if (slug === GLOBALS) return <span>{getTranslation(collectionLabels.globals, i18n)}</span>
  const labels = payload.collections[slug as keyof typeof payload.collections]?.config.labels
  return <span>{labels ? getTranslation(labels.singular, i18n) : slug}</span>
}

/**
 * `documentId` of a history record: the document's title, linked to it. The record keeps only
 * the id (the chain must not change when a title does), so the title is read now; a document
 * deleted since shows its id, marked.
 */
export const HistoryDocumentCell = async ({
  cellData,
  i18n,
  payload,
  rowData,
}: DefaultServerCellComponentProps) => {
  const id = String(cellData ?? '')
  const slug = String(rowData?.documentCollection ?? '')
  const adminRoute = payload.config.routes.admin
  // A workflow global (`globals/{slug}`): its label, linked to its edit view.
  const global = slug === GLOBALS ? globalEntryOf(id) : undefined
  if (global) {
    return <a href={`${adminRoute}/globals/${id}`}>{getTranslation(global.labels, i18n)}</a>
  }
  const collection = payload.collections[slug as keyof typeof payload.collections]
  if (!collection) return <span>{id}</span>
  const titleField = collection.config.admin.useAsTitle ?? 'id'
  // Access is not checked: this list is for staff, who may read every working copy.
  const doc = await payload.findByID({
    collection: collection.config.slug,
    id,
    depth: 0,
    draft: true,
    disableErrors: true,
    overrideAccess: true,
    locale: localeOf(i18n.language),
    select: { [titleField]: true },
  })
  const deleted = i18n.language === 'en' ? '(deleted)' : '（已删除）'
  if (!doc) return <span>{`${id} ${deleted}`}</span>
  const title = (doc as unknown as Record<string, unknown>)[titleField]
  return (
    <a href={`${adminRoute}/collections/${slug}/${id}`}>
      {typeof title === 'string' && title ? title : id}
    </a>
  )
}
