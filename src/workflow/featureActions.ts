import type { Config, PayloadRequest } from 'payload'

import type { WorkflowDocument } from './documents'
import type { UserActor } from './stateMachine'
import type { OfferedAction, WorkflowAction, WorkflowTargetSlug } from './stages'

/**
 * An action a feature adds to `POST /api/workflow/{collection}/{id}` for some collections (the
 * public notice's `withdraw_from_notice` on award recipients). The endpoint hands the request to
 * it after the login check; it parses the body itself and answers as the workflow does (a thrown
 * `APIError` becomes `{ errors: [{ message, data }] }` with its status).
 */
export type FeatureAction = {
  action: Exclude<OfferedAction, WorkflowAction>
  collections: readonly WorkflowTargetSlug[]
  /**
   * Whether `GET /api/workflow/{collection}/{id}` lists the action for this user and document now
   * (the admin panel offers what it lists). `perform` still decides on its own.
   */
  isOffered: (
    req: PayloadRequest,
    actor: UserActor,
    target: { collection: WorkflowTargetSlug; id: string; doc: WorkflowDocument },
  ) => Promise<boolean>
  perform: (
    req: PayloadRequest,
    actor: UserActor,
    target: { collection: WorkflowTargetSlug; id: string },
    body: Record<string, unknown>,
  ) => Promise<unknown>
}

const ACTIONS_KEY = 'workflowFeatureActions'

/** For a feature's plugin: adds an action to the workflow endpoint (server-only `custom`). */
export const registerFeatureAction = (config: Config, action: FeatureAction): Config => ({
  ...config,
  custom: {
    ...config.custom,
    [ACTIONS_KEY]: [...((config.custom?.[ACTIONS_KEY] as FeatureAction[]) ?? []), action],
  },
})

const actionsOf = (req: PayloadRequest): FeatureAction[] =>
  (req.payload.config.custom?.[ACTIONS_KEY] as FeatureAction[] | undefined) ?? []

/** The feature actions `actor` may take on this document now, for the status answer. */
export const offeredFeatureActions = async (
  req: PayloadRequest,
  actor: UserActor,
  target: { collection: WorkflowTargetSlug; id: string; doc: WorkflowDocument },
): Promise<OfferedAction[]> => {
  const applying = actionsOf(req).filter((entry) =>
    entry.collections.some((slug) => slug === target.collection),
  )
  const offered = await Promise.all(applying.map((entry) => entry.isOffered(req, actor, target)))
  return applying.filter((_, index) => offered[index]).map((entry) => entry.action)
}

/** The feature action a request body names for this collection, if any. */
export const featureActionFor = (
  req: PayloadRequest,
  collection: string | undefined,
  body: unknown,
): FeatureAction | undefined => {
  const name = (body as { action?: unknown } | null)?.action
  if (typeof name !== 'string') return undefined
  return actionsOf(req).find(
    (entry) => entry.action === name && entry.collections.some((slug) => slug === collection),
  )
}
