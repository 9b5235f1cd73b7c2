import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

import { kexieT } from '@/i18n/t'
import { isWorkflowAppend } from '@/workflow/audit/appendToken'

const refusal = (req: PayloadRequest) => new APIError(kexieT(req)('kexie:auditAppendOnly'), 403)

/**
 * History records are written once, by the workflow, and never changed: these hooks refuse every
 * other create, every update and every delete, whoever asks and whatever `overrideAccess` says.
 * (Access control alone would not stop the Local API, which skips it by default.)
 */
export const appendOnlyOperation: CollectionBeforeOperationHook<'workflow-events'> = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'update' || operation === 'delete') throw refusal(req)
  if (operation === 'create' && !isWorkflowAppend(req.context)) throw refusal(req)
  return args
}

export const appendOnlyChange: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !isWorkflowAppend(req.context)) throw refusal(req)
  return data
}

export const neverDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw refusal(req)
}
