import type { RequestContext } from 'payload'

// Module-private: only code that imports this module can mark a create as the workflow's own.
const APPEND_TOKEN = Symbol('workflow-event-append')

/** `context` for the one Local API call that appends a history record. */
export const appendContext = (): RequestContext => ({ workflowEventAppend: APPEND_TOKEN })

export const isWorkflowAppend = (context: RequestContext | undefined): boolean =>
  context?.workflowEventAppend === APPEND_TOKEN
