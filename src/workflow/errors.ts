import { getTranslation } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { kexieT } from '@/i18n/t'
import type { KexieTranslationKeys } from '@/i18n/translations'

import type { Refusal, RefusalReason } from './stateMachine'
import type { RecordedAction, WorkflowStage } from './stages'
import { actionLabels, stageLabels } from './stages'

/** A refusal or failure with the status the workflow endpoint answers with. */
export class WorkflowError extends APIError {
  constructor(
    message: string,
    status: number,
    readonly reason: string,
    /** More for the client beside `reason` (the release holding a document, the failing item). */
    extra: Record<string, unknown> = {},
  ) {
    super(message, status, { reason, ...extra }, true)
    this.name = 'WorkflowError'
  }
}

/** Refusals that only releases and the documents they hold meet. */
export type ReleaseRefusalReason =
  'emptyRelease' | 'inRelease' | 'itemArchived' | 'itemInvalid' | 'itemMissing' | 'ownItem'

export type MessageParams = {
  action?: RecordedAction
  stage?: WorkflowStage | null
  remaining?: number
  collection?: string
  id?: string
  revision?: number
  title?: string
  problem?: string
}

const messageKey = (reason: string) =>
  `kexie:wf${reason.charAt(0).toUpperCase()}${reason.slice(1)}` as KexieTranslationKeys

export const workflowMessage = (
  req: PayloadRequest,
  reason: string,
  { action, stage, ...params }: MessageParams = {},
): string =>
  kexieT(req)(messageKey(reason), {
    ...params,
    action: action ? getTranslation(actionLabels[action], req.i18n) : '',
    stage: stage ? getTranslation(stageLabels[stage], req.i18n) : '',
  })

export const workflowError = (
  req: PayloadRequest,
  reason: ReleaseRefusalReason | RefusalReason | 'concurrent' | 'invalidAssignee' | 'notFound',
  status: number,
  params?: MessageParams,
  extra?: Record<string, unknown>,
): WorkflowError => new WorkflowError(workflowMessage(req, reason, params), status, reason, extra)

export const refusalError = (
  req: PayloadRequest,
  refusal: Refusal,
  params?: MessageParams,
): WorkflowError => workflowError(req, refusal.reason, refusal.status, params)
