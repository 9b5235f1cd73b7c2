'use client'
import { useAuth, useFormFields } from '@payloadcms/ui'

import type { User } from '@/payload-types'

import type { EditDecision } from '../../stateMachine'
import { decideEdit } from '../../stateMachine'
import type { WorkflowStage } from '../../stages'
import { isWorkflowStage } from '../../stages'

/**
 * The document's stage as the form holds it, and whether the logged-in user may save it: the
 * state machine's own `decideEdit`, so the edit view refuses what the server would refuse.
 */
export const useEditDecision = (): { stage: WorkflowStage; decision: EditDecision | null } => {
  const value = useFormFields(([fields]) => fields.workflowStage?.value)
  const { user } = useAuth<User>()
  const stage = isWorkflowStage(value) ? value : 'draft'
  if (!user) return { stage, decision: null }
  const actor = { kind: 'user' as const, id: String(user.id), roles: user.roles ?? [] }
  return { stage, decision: decideEdit({ stage }, actor) }
}
