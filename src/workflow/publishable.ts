import type { JsonObject, PayloadRequest, ValidationFieldError } from 'payload'
import { beforeChangeTraverseFields, deepCopyObjectSimple, ValidationError } from 'payload'

import { latestStoredVersion } from './documents'
import type { WorkflowCollectionSlug } from './stages'

/**
 * Refuses a working copy that could not be published, with Payload's own `ValidationError` (400,
 * naming each field). Payload validates a document when it is published but not when a draft is
 * saved, so without this a draft missing a required field would go through every review level
 * and only fail at the publish. A review step changes no content and is written in place, past
 * Payload's validation; this runs the same field validation the publish will, on the working copy
 * as stored (every field, hidden ones included), and writes nothing.
 *
 * Globals need no check here: their drafts are validated when saved.
 */
export const assertPublishable = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<void> => {
  const config = req.payload.collections[collection].config
  const stored = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  const latest = await latestStoredVersion(req, collection, id)
  const doc = stored as JsonObject
  const docWithLocales: JsonObject = latest ? { ...latest.version, id } : doc
  const data: JsonObject = deepCopyObjectSimple({ ...doc, _status: 'published' })
  const errors: ValidationFieldError[] = []
  await beforeChangeTraverseFields({
    id,
    collection: config,
    context: req.context,
    data,
    doc,
    docWithLocales,
    errors,
    fieldLabelPath: '',
    fields: config.fields,
    global: null,
    mergeLocaleActions: [],
    operation: 'update',
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
    siblingData: data,
    siblingDoc: doc,
    siblingDocWithLocales: docWithLocales,
    skipValidation: false,
  })
  if (errors.length > 0) throw new ValidationError({ id, collection, errors, req }, req.t)
}
