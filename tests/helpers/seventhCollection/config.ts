// The registry entry first: the features' collections take their options from the registry
// when they are built, as payload.config.ts is imported below.
import './entry'

import { buildConfig } from 'payload'

import { kexieConfig } from '../../../payload.config'

import { FieldNotes } from './FieldNotes'

/** The project's configuration with one more content collection, and no other file touched. */
export default buildConfig({
  ...kexieConfig,
  collections: [...(kexieConfig.collections ?? []), FieldNotes],
})
