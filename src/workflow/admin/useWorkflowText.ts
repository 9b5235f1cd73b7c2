'use client'
import { getTranslation } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

import type { KexieTranslationKeys } from '@/i18n/translations'

import type { OfferedAction, RecordedAction, WorkflowTargetSlug, WorkflowStage } from '../stages'
import { actionButtonLabels, actionLabels, collectionLabels, stageLabels } from '../stages'

/** The admin language's words for the workflow: the core's labels plus our own messages. */
export const useWorkflowText = () => {
  const { i18n, t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  return {
    i18n,
    t,
    stageLabel: (stage: WorkflowStage) => getTranslation(stageLabels[stage], i18n),
    actionLabel: (action: RecordedAction) => getTranslation(actionLabels[action], i18n),
    /** An action's words on its button and dialog (the history's words unless they differ). */
    buttonLabel: (action: OfferedAction) =>
      getTranslation(actionButtonLabels[action] ?? actionLabels[action], i18n),
    collectionLabel: (collection: WorkflowTargetSlug) =>
      getTranslation(collectionLabels[collection], i18n),
  }
}
