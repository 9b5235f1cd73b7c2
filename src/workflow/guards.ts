import type { Config, PayloadRequest } from 'payload'

import type { ComplianceOverrideRecord } from './audit/append'
import type { WorkflowDocument } from './documents'
import type { Actor, Transition } from './stateMachine'
import type { WorkflowAction, WorkflowTargetSlug } from './stages'

/** A transition the state machine has allowed, before anything of it is recorded or written. */
export type GuardedTransition = {
  collection: WorkflowTargetSlug
  id: string
  action: WorkflowAction
  actor: Actor
  /** The working copy the decision was made on. */
  doc: WorkflowDocument
  /** The state machine's decision (where the document goes, which review level it fills). */
  decision: Transition
  comment?: string
  /** The actor asks to pass the compliance gate's blocking findings (final level only). */
  overrideCompliance?: boolean
  /** request_changes: the review comments the actor points at (ids, as sent). */
  comments?: readonly string[]
}

/** What a guard adds to the transition's history record (covered by its hash). */
export type GuardRecord = {
  complianceOverride?: ComplianceOverrideRecord
  /** The review comments a request for changes points at. */
  reviewComments?: string[]
}

/**
 * What a guard that lets a transition through hands back: fields for the history record, and
 * sections for the transition's 200 answer (`{ compliance: { findings } }`: warnings the actor
 * should see although they did not stop anything).
 */
export type GuardOutcome = { record?: GuardRecord; answer?: Record<string, unknown> }

/**
 * A check a feature adds to the workflow (the compliance gate): it refuses a transition by
 * throwing an `APIError` (its status and data become the endpoint's answer), inside the
 * transition's request and transaction, before the history record. The workflow knows none by name.
 */
export type TransitionGuard = {
  name: string
  actions: readonly WorkflowAction[]
  check: (req: PayloadRequest, transition: GuardedTransition) => Promise<GuardOutcome | void>
}

/** A section a feature adds to `GET /api/workflow/{collection}/{id}` (`{ [name]: value }`). */
export type StatusSection = {
  name: string
  value: (
    req: PayloadRequest,
    target: { collection: WorkflowTargetSlug; id: string },
  ) => Promise<unknown>
}

const GUARDS_KEY = 'workflowTransitionGuards'
const SECTIONS_KEY = 'workflowStatusSections'

const listOf = <T>(custom: Record<string, unknown> | undefined, key: string): T[] =>
  (custom?.[key] as T[] | undefined) ?? []

/** For a feature's plugin: adds a guard to the config (server-only `custom`). */
export const registerTransitionGuard = (config: Config, guard: TransitionGuard): Config => ({
  ...config,
  custom: { ...config.custom, [GUARDS_KEY]: [...listOf(config.custom, GUARDS_KEY), guard] },
})

/** For a feature's plugin: adds a section to the workflow status answer. */
export const registerStatusSection = (config: Config, section: StatusSection): Config => ({
  ...config,
  custom: { ...config.custom, [SECTIONS_KEY]: [...listOf(config.custom, SECTIONS_KEY), section] },
})

/**
 * Runs every guard registered for the action, in plugin order; the first refusal throws. What
 * the guards add to the history record and to the answer, merged.
 */
export const runTransitionGuards = async (
  req: PayloadRequest,
  transition: GuardedTransition,
): Promise<Required<GuardOutcome>> => {
  const merged: Required<GuardOutcome> = { record: {}, answer: {} }
  for (const guard of listOf<TransitionGuard>(req.payload.config.custom, GUARDS_KEY)) {
    if (guard.actions.includes(transition.action)) {
      const outcome = await guard.check(req, transition)
      merged.record = { ...merged.record, ...outcome?.record }
      merged.answer = { ...merged.answer, ...outcome?.answer }
    }
  }
  return merged
}

/** The registered sections of the status answer, computed now. */
export const statusSections = async (
  req: PayloadRequest,
  target: { collection: WorkflowTargetSlug; id: string },
): Promise<Record<string, unknown>> => {
  const sections: Record<string, unknown> = {}
  for (const section of listOf<StatusSection>(req.payload.config.custom, SECTIONS_KEY)) {
    sections[section.name] = await section.value(req, target)
  }
  return sections
}
