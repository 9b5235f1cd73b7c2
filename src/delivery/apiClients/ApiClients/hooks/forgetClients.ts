import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetApiClients } from '../../lookup'

/** A revocation or a new limit applies to the very next request this process answers. */
export const forgetClientsAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  forgetApiClients(req.payload)
  return doc
}

export const forgetClientsAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  forgetApiClients(req.payload)
  return doc
}
