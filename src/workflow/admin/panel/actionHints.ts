'use client'
import type { OfferedAction } from '../../stages'
import { useWorkflowText } from '../useWorkflowText'
import type { PanelStatus } from './types'

/** What each action does to this document, in a sentence for its dialog. */
export const useActionHints = (status: PanelStatus): Record<OfferedAction, string> => {
  const { t } = useWorkflowText()
  const level = status.approvals.length + 1
  const total = status.requiredApprovals
  return {
    submit: t('workflowAdmin:hintSubmit'),
    withdraw: t('workflowAdmin:hintWithdraw'),
    approve:
      level >= total
        ? t('workflowAdmin:hintApproveLast', { level, total })
        : t('workflowAdmin:hintApprove', { level, total }),
    request_changes: t('workflowAdmin:hintRequestChanges'),
    publish:
      status.stage === 'in_review'
        ? t('workflowAdmin:hintPublishFromReview', { level })
        : t('workflowAdmin:hintPublish'),
    unpublish: t('workflowAdmin:hintUnpublish'),
    archive: t('workflowAdmin:hintArchive'),
    restore: t('workflowAdmin:hintRestore'),
    withdraw_from_notice: t('workflowAdmin:hintWithdrawFromNotice'),
  }
}
