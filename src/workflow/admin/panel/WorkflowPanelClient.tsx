'use client'
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useModal,
  useRouteTransition,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useRef, useState } from 'react'

import { ComplianceFindings } from '@/compliance/admin/ComplianceFindings'
import type { Finding } from '@/compliance/scan/document'

import { PanelComments } from '../../comments/admin/PanelComments'
import { useReviewComments } from '../../comments/admin/useReviewComments'
import { PanelRelease } from '../../releases/admin/PanelRelease'
import type { OfferedAction } from '../../stages'
import { isWorkflowCollection, isWorkflowStage } from '../../stages'
import { StageBadge } from '../StageBadge'
import { useWorkflowText } from '../useWorkflowText'
import { ActionDialog } from './ActionDialog'
import { ChangesLink } from './ChangesLink'
import { useActionHints } from './actionHints'
import { History } from './History'
import { ReviewFacts } from './ReviewFacts'
import { ReviewProgress } from './ReviewProgress'
import type { PanelData, PanelStatus } from './types'
import { toPanelStatus } from './types'
import type { TransitionRequestBody } from './workflowApi'
import { fetchComplianceCheck, fetchStatus, postTransition } from './workflowApi'

// Moving the document forward first; stepping back or aside after.
const ACTION_ORDER: OfferedAction[] = [
  'submit',
  'approve',
  'publish',
  'restore',
  'request_changes',
  'withdraw',
  'unpublish',
  'archive',
  'withdraw_from_notice',
]
const FORWARD: ReadonlySet<OfferedAction> = new Set(['submit', 'approve', 'publish', 'restore'])

const useNameOf = (data: PanelData, status: PanelStatus) => {
  const { t } = useWorkflowText()
  return (id: string) =>
    data.names[id] ??
    data.reviewers.find((person) => person.id === id)?.name ??
    data.staff.find((person) => person.id === id)?.name ??
    status.history.findLast((event) => event.actor === id && event.actorName)?.actorName ??
    t('workflowAdmin:unknownUser')
}

/**
 * The workflow panel of a document's edit view: where it stands, who has reviewed it, what this
 * user may do now (as the server's state machine says) and the history. Actions go through
 * `POST /api/workflow/{collection}/{id}`; the page is then refreshed so the form, Payload's own
 * status and this panel all show the new stage.
 */
export const WorkflowPanelClient = ({ data }: { data: PanelData }) => {
  const { t, buttonLabel, stageLabel, i18n } = useWorkflowText()
  const { config } = useConfig()
  const { data: document } = useDocumentInfo()
  const isModified = useFormModified()
  const { openModal } = useModal()
  const router = useRouter()
  const { startRouteTransition } = useRouteTransition()
  const [status, setStatus] = useState(data.status)
  const [action, setAction] = useState<null | OfferedAction>(null)
  // Each opening of the dialog starts empty, however the last one was closed.
  const [openings, setOpenings] = useState(0)
  const nameOf = useNameOf(data, status)
  // The compliance findings of the saved draft: checked on opening, after each save, on 检查, and
  // as a refused (409) action returned them.
  const [findings, setFindings] = useState<Finding[] | null>(null)
  const [isChecking, setIsChecking] = useState(false)

  const target = {
    apiRoute: config.routes.api,
    collection: data.collection,
    id: data.id,
    language: i18n.language,
  }
  const modalSlug = `kx-workflow-${data.collection}-${data.id}`
  const { comments, reload: reloadComments } = useReviewComments(target)
  // What a request for changes may cite: this round's open comments.
  const citable = (comments ?? []).filter(
    (comment) => data.round !== null && comment.round === data.round && !comment.resolved,
  )
  const commentText = (id: string) =>
    comments?.find((comment) => String(comment.id) === id)?.body ?? null

  const refreshStatus = async () => {
    const answer = await fetchStatus(target)
    if (answer.ok) setStatus(toPanelStatus(answer.body))
  }

  const runCheck = async () => {
    setIsChecking(true)
    const answer = await fetchComplianceCheck(target)
    setIsChecking(false)
    if (answer.ok) setFindings(answer.body.findings)
    else toast.error(answer.message || t('workflowAdmin:requestFailed'))
  }

  const updatedAtForCheck = document?.updatedAt as string | undefined
  useEffect(() => {
    void runCheck()
    // `runCheck` is rebuilt each render from stable values; only opening and a save call for this.
  }, [updatedAtForCheck])

  // A save can change what this user may do (a reviewer who corrects a text may no longer approve
  // it; the first edit of a published document starts a new draft): ask the server again.
  const updatedAt = document?.updatedAt as string | undefined
  const seenUpdate = useRef(updatedAt)
  useEffect(() => {
    if (updatedAt === seenUpdate.current) return
    seenUpdate.current = updatedAt
    void refreshStatus()
    // `refreshStatus` is rebuilt each render from stable values; only a new save calls for this.
  }, [updatedAt])

  /** Sends an action; resolves true when the dialog has nothing more to ask. */
  const send = async (body: TransitionRequestBody): Promise<boolean> => {
    // The revision on screen: an action on a text or round that changed since is refused (409).
    const answer = await postTransition(target, { ...body, revision: status.revision })
    if (!answer.ok) {
      toast.error(answer.message || t('workflowAdmin:requestFailed'))
      const refusal = answer.data as { reason?: string; findings?: Finding[] } | undefined
      if (answer.status === 409 && refusal?.reason === 'compliance' && refusal.findings) {
        setFindings(refusal.findings)
        return true
      }
      // A 400 is about what was typed, which can be fixed in the dialog. Anything else means the
      // document or the rules moved on (someone acted first): show what is possible now.
      if (answer.status === 400 || answer.status === 0) return false
      void refreshStatus()
      return true
    }
    const stage = answer.body.workflowStage
    toast.success(
      t('workflowAdmin:actionDone', {
        action: buttonLabel(body.action),
        stage: isWorkflowStage(stage) ? stageLabel(stage) : stage,
      }),
    )
    void reloadComments()
    startRouteTransition(() => router.refresh())
    return true
  }

  const open = (next: OfferedAction) => {
    setAction(next)
    setOpenings((count) => count + 1)
    openModal(modalSlug)
  }

  const hints = useActionHints(status)
  const actions = ACTION_ORDER.filter((name) => status.actions.includes(name))
  const isInRound = status.stage === 'in_review' || status.stage === 'approved'
  const isBlocked = findings?.some((finding) => finding.severity === 'block') ?? false
  // The server decides (403 elsewhere); the panel offers the override where it applies: the last
  // review level's approval, or a publication.
  const overrideLabel = (next: null | OfferedAction): null | string => {
    if (!isBlocked) return null
    if (next === 'publish') return t('compliance:publishAnyway')
    const isLastLevel = status.approvals.length + 1 >= status.requiredApprovals
    return next === 'approve' && isLastLevel ? t('compliance:approveAnyway') : null
  }

  return (
    <div className="kx-wf-panel" id="kx-workflow-panel">
      <div className="kx-wf-panel__label">{t('workflowAdmin:panelTitle')}</div>
      <div className="kx-wf-panel__stage">
        <StageBadge stage={status.stage} />
        {status.isLive && status.stage !== 'published' && (
          <span className="kx-wf-panel__muted">{t('workflowAdmin:liveVersion')}</span>
        )}
      </div>

      {isInRound && (
        <ReviewProgress
          stage={status.stage}
          approvals={status.approvals}
          requiredApprovals={status.requiredApprovals}
          nameOf={nameOf}
        />
      )}

      {data.comparison && (
        <ChangesLink collection={data.collection} comparison={data.comparison} id={data.id} />
      )}

      <ReviewFacts data={data} isInRound={isInRound} nameOf={nameOf} status={status} />

      {isWorkflowCollection(data.collection) && (
        <PanelRelease
          collection={data.collection}
          id={data.id}
          release={data.release}
          stage={status.stage}
        />
      )}

      {actions.length > 0 ? (
        <div className="kx-wf-actions">
          {actions.map((name) => (
            <Button
              buttonStyle={FORWARD.has(name) ? 'primary' : 'secondary'}
              disabled={isModified}
              id={`kx-wf-${name}`}
              key={name}
              margin={false}
              onClick={() => open(name)}
              size="medium"
            >
              {buttonLabel(name)}
            </Button>
          ))}
          {isModified && <p className="kx-wf-panel__note">{t('workflowAdmin:saveFirst')}</p>}
        </div>
      ) : (
        <p className="kx-wf-panel__none">{t('workflowAdmin:noActions')}</p>
      )}

      <ComplianceFindings
        findings={findings}
        isChecking={isChecking}
        onCheck={() => void runCheck()}
      />

      <PanelComments
        comments={comments}
        data={data}
        nameOf={nameOf}
        reload={reloadComments}
        stage={status.stage}
        target={target}
      />

      <History commentText={commentText} events={status.history} nameOf={nameOf} />

      <ActionDialog
        action={action}
        citable={citable.map((comment) => ({ id: String(comment.id), text: comment.body }))}
        hint={action ? hints[action] : null}
        key={openings}
        modalSlug={modalSlug}
        onConfirm={send}
        overrideLabel={overrideLabel(action)}
        reviewers={data.reviewers}
      />
    </div>
  )
}
