import type { Config, PayloadRequest } from 'payload'

import type { UserActor } from './stateMachine'
import type { WorkflowTargetSlug } from './stages'

/**
 * An action a feature adds to `POST /api/workflow/{collection}/{id}` for some collections (the
 * public notice's `withdraw_from_notice` on award recipients). The endpoint hands the request to
 * it after the login check; it parses the body itself and answers as the workflow does (a thrown
 * `APIError` becomes `{ errors: [{ message, data }] }` with its status).
 */
export type FeatureAction = {
  action: string
  collections: readonly WorkflowTargetSlug[]
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

/** The feature action a request body names for this collection, if any. */
export const featureActionFor = (
  req: PayloadRequest,
  collection: string | undefined,
  body: unknown,
): FeatureAction | undefined => {
  const name = (body as { action?: unknown } | null)?.action
  if (typeof name !== 'string') return undefined
  const actions = (req.payload.config.custom?.[ACTIONS_KEY] as FeatureAction[] | undefined) ?? []
  return actions.find(
    (entry) => entry.action === name && entry.collections.some((slug) => slug === collection),
  )
}
