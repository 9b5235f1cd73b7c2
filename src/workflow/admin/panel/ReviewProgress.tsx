'use client'
import React from 'react'

import type { Approval } from '../../stateMachine'
import type { WorkflowStage } from '../../stages'
import { useWorkflowText } from '../useWorkflowText'

type Props = {
  stage: WorkflowStage
  approvals: readonly Approval[]
  requiredApprovals: number
  nameOf: (id: string) => string
}

/** 第1审 ✓ 张三 / 第2审 待审核 … 共2审: how far this round's review has come. */
export const ReviewProgress = ({ stage, approvals, requiredApprovals, nameOf }: Props) => {
  const { t } = useWorkflowText()
  const levels = Array.from(
    { length: Math.max(requiredApprovals, approvals.length) },
    (_, i) => i + 1,
  )
  const isWaiting = stage === 'in_review'
  return (
    <div className="kx-wf-progress">
      <div className="kx-wf-panel__label">
        {t('workflowAdmin:progressLabel', { total: requiredApprovals })}
      </div>
      <ol className="kx-wf-progress__levels">
        {levels.map((level) => {
          const approval = approvals.find((row) => row.level === level)
          const isNext = isWaiting && !approval && level === approvals.length + 1
          const state = approval ? 'done' : isNext ? 'next' : 'pending'
          return (
            <li className={`kx-wf-progress__level kx-wf-progress__level--${state}`} key={level}>
              <span className="kx-wf-progress__name">
                {t('workflowAdmin:levelName', { level })}
              </span>
              {approval ? (
                <span>
                  <span aria-hidden="true">✓ </span>
                  {nameOf(approval.reviewer)}
                </span>
              ) : (
                <span>{isNext ? t('workflowAdmin:levelWaiting') : '—'}</span>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
