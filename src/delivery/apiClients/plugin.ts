import type { Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'

import { ApiClients } from './ApiClients'

/**
 * API keys for downstream sites: the `api-clients` collection (admins only). The keys are checked
 * in the express front (./middleware.ts, before the rate limits) and by the draft preview.
 */
export const apiClients = (): Plugin => (config) => addParts(config, { collections: [ApiClients] })
