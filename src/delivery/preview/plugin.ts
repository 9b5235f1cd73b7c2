import type { Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'

import { previewReadEndpoint, previewTokenEndpoint } from './endpoint'

/** Draft previews for downstream sites: `POST`/`GET /api/preview/{collection}/{id}`. */
export const draftPreview = (): Plugin => (config) =>
  addParts(config, { endpoints: [previewTokenEndpoint, previewReadEndpoint] })
