import type {
  CollectionAfterChangeHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  SanitizedCollectionConfig,
} from 'payload'

import { GLOBALS } from '../stages'
import { releaseGlobalsField } from './globals'
import { lapseReleaseApprovals } from './itemEdits'

/** `releases` with the `globals` field right after `items`. */
export const withReleaseGlobals = (collection: CollectionConfig): CollectionConfig => {
  const at = collection.fields.findIndex((field) => 'name' in field && field.name === 'items')
  const fields = [...collection.fields]
  fields.splice(at === -1 ? fields.length : at + 1, 0, releaseGlobalsField())
  return { ...collection, fields }
}

const asCollection = { slug: GLOBALS } as unknown as SanitizedCollectionConfig

/** Editing a global held by a release in review lapses the release's approvals (./itemEdits.ts). */
export const lapseReleaseApprovalsOfGlobal: GlobalAfterChangeHook = async ({
  doc,
  global,
  req,
}) => {
  const hook = lapseReleaseApprovals as CollectionAfterChangeHook
  await hook({
    collection: asCollection,
    context: req.context,
    doc: { ...doc, id: global.slug },
    operation: 'update',
    previousDoc: {},
    data: {},
    req,
  })
  return doc
}
