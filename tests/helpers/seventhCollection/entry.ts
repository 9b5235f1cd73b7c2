import { registerWorkflowCollection } from '@/content/registry'

/**
 * A seventh content collection, as a new one is added: one registry entry (here registered at
 * run time; a real one goes into the registry's list) and its own collection file (./FieldNotes.ts).
 * Imports nothing but the registry, so it runs before any collection is built.
 */
export const FIELD_NOTES = 'field-notes'

registerWorkflowCollection({
  slug: FIELD_NOTES,
  labels: { zh: '科普札记', en: 'Field notes' },
  reviewLevels: 1,
  settingsField: 'fieldNotes',
  isContent: true,
  search: { title: 'name', summary: ['place'], body: 'description' },
  isCacheable: true,
  // Not linkable: payload.config.ts, imported for its table, also builds the project's own
  // configuration, which lacks this collection; rich-text links would name a missing target.
  isLinkable: false,
})
