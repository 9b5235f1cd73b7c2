'use client'
import React from 'react'

import type { WorkflowStage } from '../stages'
import { isWorkflowStage } from '../stages'
import { useWorkflowText } from './useWorkflowText'

import './workflow-admin.scss'

/** A stage as a coloured label; the colour follows the stage's meaning, not the theme. */
export const StageBadge = ({ stage }: { stage: WorkflowStage }) => {
  const { stageLabel } = useWorkflowText()
  return <span className={`kx-stage kx-stage--${stage}`}>{stageLabel(stage)}</span>
}

/** The stage column of the list views. */
export const StageCell = ({ cellData }: { cellData?: unknown }) =>
  isWorkflowStage(cellData) ? <StageBadge stage={cellData} /> : null
