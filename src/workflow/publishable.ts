import type {
  JsonObject,
  PayloadRequest,
  SanitizedCollectionConfig,
  ValidationFieldError,
} from 'payload'
import { beforeChangeTraverseFields, deepCopyObjectSimple, ValidationError } from 'payload'

import { latestStoredVersion } from './documents'
import type { WorkflowCollectionSlug } from './stages'

/**
 * Payload's `beforeChange` field traversal of an update, as its own update runs it: the fields'
 * hooks and validation on `data` (changed in place), with every locale of the stored document
 * (`docWithLocales`) to merge into. Throws Payload's `ValidationError` naming each invalid field;
 * otherwise answers the locale merges the traversal queued, for a caller that writes to run.
 */
export const validateFieldsForUpdate = async (
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  {
    id,
    data,
    doc,
    docWithLocales,
  }: {
    id: string
    data: JsonObject
    doc: JsonObject
    docWithLocales: JsonObject
  },
): Promise<(() => Promise<void> | void)[]> => {
  const errors: ValidationFieldError[] = []
  const mergeLocaleActions: (() => Promise<void> | void)[] = []
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
    mergeLocaleActions,
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
  if (errors.length > 0) {
    throw new ValidationError({ id, collection: config.slug, errors, req }, req.t)
  }
  return mergeLocaleActions
}

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
  await validateFieldsForUpdate(req, req.payload.collections[collection].config, {
    id,
    data: deepCopyObjectSimple({ ...doc, _status: 'published' }),
    doc,
    docWithLocales: latest ? { ...latest.version, id } : doc,
  })
}
