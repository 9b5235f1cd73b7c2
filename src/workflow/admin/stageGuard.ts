import type { WorkflowStage } from '../stages'
import { WORKFLOW_STAGES } from '../stages'

export const isWorkflowStage = (value: unknown): value is WorkflowStage =>
  (WORKFLOW_STAGES as readonly unknown[]).includes(value)
