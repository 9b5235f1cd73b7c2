import type { Config, PayloadRequest, RequestContext } from 'payload'

/** What happened to one document, as anonymous readers see it. */
export type PublicationChangeKind = 'publish' | 'unpublish' | 'delete'

export type ChangedDocument = {
  collection: string
  id: string
  change: PublicationChangeKind
  /** The document as written (absent when only its id is known, e.g. after a crash). */
  doc?: Record<string, unknown>
}

/**
 * One announcement of "publication changed": every document whose public state moved, made once
 * per transition, per release, or per recovered transition at start-up.
 */
export type PublicationAnnouncement = {
  changes: ChangedDocument[]
  /** Set when the changes are a release's: the whole batch is one announcement. */
  release?: { id: string; title: string; action: 'publish' | 'unpublish' | 'archive' }
  /** Start-up recovery completing what a stopped process left undone. */
  isRecovery?: boolean
}

/**
 * What a feature does when publication changes (clear the delivery cache, update the search index,
 * queue webhooks, purge a CDN). The workflow runs every registered effect and knows none by name.
 * Effects run inside the transition's request (and transaction, where the database has one).
 */
export type PublicationEffect = {
  name: string
  run: (req: PayloadRequest, announcement: PublicationAnnouncement) => Promise<void>
}

const EFFECTS_KEY = 'publicationEffects'

const effectsOf = (custom: Record<string, unknown> | undefined): PublicationEffect[] =>
  (custom?.[EFFECTS_KEY] as PublicationEffect[] | undefined) ?? []

/** For a feature's plugin: adds its effect to the config (server-only `custom`). */
export const registerPublicationEffect = (config: Config, effect: PublicationEffect): Config => ({
  ...config,
  custom: { ...config.custom, [EFFECTS_KEY]: [...effectsOf(config.custom), effect] },
})

/** The effects registered, in plugin order. */
export const publicationEffects = (req: PayloadRequest): PublicationEffect[] =>
  effectsOf(req.payload.config.custom)

/** Runs every registered effect for one announcement. Nothing to announce does nothing. */
export const announcePublication = async (
  req: PayloadRequest,
  announcement: PublicationAnnouncement,
): Promise<void> => {
  if (announcement.changes.length === 0) return
  for (const effect of publicationEffects(req)) await effect.run(req, announcement)
}

/**
 * A request whose document writes belong to one batch (a release): the per-document hooks leave
 * the effects to the batch's single announcement.
 */
export const inPublicationBatch = (context: RequestContext | undefined): boolean =>
  context?.publicationBatch === true
