'use client'
import {
  Button,
  DatePicker,
  FieldLabel,
  Modal,
  SelectInput,
  TextareaInput,
  useModal,
} from '@payloadcms/ui'
import React, { useState } from 'react'

import { DATE_TIME_FORMAT } from '@/admin/dates'

import type { OfferedAction } from '../../stages'
import { useWorkflowText } from '../useWorkflowText'
import type { PanelPerson } from './types'
import type { TransitionRequestBody } from './workflowApi'

type Props = {
  modalSlug: string
  action: null | OfferedAction
  /** What the action does here, in a sentence (e.g. which review level it fills). */
  hint: null | string
  reviewers: PanelPerson[]
  /** Offered when the compliance gate blocks and this is the final level: its label. */
  overrideLabel?: null | string
  /** request_changes: this round's open review comments it may cite (all cited unless unticked). */
  citable?: { id: string; text: string }[]
  /** Resolves true when the dialog is done (the action applied, or refused for good). */
  onConfirm: (body: TransitionRequestBody) => Promise<boolean>
}

// The admin's one date format (src/admin/dates.ts); the picker reads it with the admin's language.
const DATE_TIME = { displayFormat: DATE_TIME_FORMAT, timeFormat: 'HH:mm', timeIntervals: 15 }

/** The time inputs an action takes: publishing can be scheduled, and so can a take-down. */
const scheduleFields = (action: null | OfferedAction): ('publishAt' | 'unpublishAt')[] => {
  if (action === 'publish') return ['publishAt', 'unpublishAt']
  if (action === 'unpublish') return ['unpublishAt']
  return []
}

/** Actions a reviewer must give a reason for: the author or the roster's readers are owed one. */
const NEEDS_REASON: ReadonlySet<OfferedAction> = new Set([
  'request_changes',
  'withdraw_from_notice',
])

/** Actions that take something away: their confirmation is red. */
const IS_DESTRUCTIVE: ReadonlySet<OfferedAction> = new Set([
  'request_changes',
  'archive',
  'withdraw_from_notice',
])

/**
 * Asks for what an action needs before it is sent: a comment (required to request changes, a
 * reason to withdraw a recipient from the notice), a
 * reviewer for a submission, a time for a scheduled publish or take-down. Reuses Payload's
 * confirmation-modal look so it reads like the rest of the admin.
 */
export const ActionDialog = ({
  modalSlug,
  action,
  hint,
  reviewers,
  onConfirm,
  overrideLabel,
  citable = [],
}: Props) => {
  const { t, buttonLabel } = useWorkflowText()
  const { closeModal } = useModal()
  const [comment, setComment] = useState('')
  const [assignee, setAssignee] = useState('')
  const [dates, setDates] = useState<{ publishAt?: Date; unpublishAt?: Date }>({})
  const [isSending, setIsSending] = useState(false)
  const [isCommentMissing, setIsCommentMissing] = useState(false)

  const [isOverriding, setIsOverriding] = useState(false)
  const [cited, setCited] = useState<string[]>(() => citable.map(({ id }) => id))
  const isCiting = action === 'request_changes' && citable.length > 0
  const isReasonRequired = action !== null && NEEDS_REASON.has(action)
  const isCommentRequired = isReasonRequired || (isOverriding && Boolean(overrideLabel))
  const reset = () => {
    setComment('')
    setAssignee('')
    setDates({})
    setIsCommentMissing(false)
    setIsOverriding(false)
  }
  const cancel = () => {
    if (isSending) return
    closeModal(modalSlug)
    reset()
  }
  const confirm = async () => {
    if (!action || isSending) return
    if (isCommentRequired && !comment.trim()) {
      setIsCommentMissing(true)
      return
    }
    setIsSending(true)
    const isFinished = await onConfirm({
      action,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(action === 'submit' && assignee ? { assignee } : {}),
      ...(dates.publishAt ? { publishAt: dates.publishAt.toISOString() } : {}),
      ...(dates.unpublishAt ? { unpublishAt: dates.unpublishAt.toISOString() } : {}),
      ...(isOverriding && overrideLabel ? { overrideCompliance: true } : {}),
      ...(isCiting && cited.length > 0 ? { comments: cited } : {}),
    })
    setIsSending(false)
    if (isFinished) {
      closeModal(modalSlug)
      reset()
    }
  }

  const scheduleLabels = {
    publishAt: t('workflowAdmin:publishAtLabel'),
    unpublishAt:
      action === 'unpublish'
        ? t('workflowAdmin:unpublishAtNowLabel')
        : t('workflowAdmin:unpublishAtLabel'),
  }

  return (
    <Modal
      className="confirmation-modal kx-wf-dialog kx-wf-action-dialog"
      closeOnBlur={false}
      slug={modalSlug}
    >
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h1>{action ? buttonLabel(action) : ''}</h1>
          {hint && <p>{hint}</p>}
          {action === 'submit' && reviewers.length > 0 && (
            <div className="kx-wf-dialog__field">
              <SelectInput
                label={t('workflowAdmin:assigneeLabel')}
                name="kx-wf-assignee"
                path="kx-wf-assignee"
                isClearable
                placeholder={t('workflowAdmin:assigneeAnyone')}
                options={reviewers.map(({ id, name }) => ({ label: name, value: id }))}
                value={assignee}
                onChange={(option) => {
                  const picked = Array.isArray(option) ? option[0] : option
                  setAssignee(typeof picked?.value === 'string' ? picked.value : '')
                }}
              />
            </div>
          )}
          {overrideLabel && (
            <label className="kx-wf-dialog__field kx-wf-dialog__override">
              <input
                checked={isOverriding}
                id="kx-wf-override-compliance"
                onChange={(event) => setIsOverriding(event.target.checked)}
                type="checkbox"
              />{' '}
              {overrideLabel}
            </label>
          )}
          <div className="kx-wf-dialog__field">
            <TextareaInput
              label={
                action === 'withdraw_from_notice'
                  ? t('workflowAdmin:reasonLabel')
                  : isCommentRequired
                    ? t('workflowAdmin:commentRequiredLabel')
                    : t('workflowAdmin:commentLabel')
              }
              path="kx-wf-comment"
              required={isCommentRequired}
              rows={4}
              value={comment}
              showError={isCommentMissing}
              Error={
                isCommentMissing ? (
                  <p className="kx-wf-dialog__error">
                    {action === 'withdraw_from_notice'
                      ? t('workflowAdmin:reasonMissing')
                      : t('workflowAdmin:commentMissing')}
                  </p>
                ) : undefined
              }
              onChange={(event) => {
                setComment(event.target.value)
                if (event.target.value.trim()) setIsCommentMissing(false)
              }}
            />
          </div>
          {isCiting && (
            <div className="kx-wf-dialog__field" id="kx-wf-cite">
              <FieldLabel label={t('reviewComments:cite')} />
              <ul className="kx-wf-dialog__cite">
                {citable.map(({ id, text }) => (
                  <li key={id}>
                    <label>
                      <input
                        checked={cited.includes(id)}
                        data-comment-id={id}
                        onChange={(event) =>
                          setCited((current) =>
                            event.target.checked
                              ? [...current, id]
                              : current.filter((other) => other !== id),
                          )
                        }
                        type="checkbox"
                      />{' '}
                      {text}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {scheduleFields(action).map((name) => (
            <div className="kx-wf-dialog__field" key={name}>
              <FieldLabel label={scheduleLabels[name]} />
              <DatePicker
                {...DATE_TIME}
                // The modal focuses its first input: a calendar opening by itself would cover the
                // form. react-datepicker's own words are English unless given.
                overrides={{
                  preventOpenOnFocus: true,
                  timeCaption: t('workflowAdmin:timeCaption'),
                }}
                pickerAppearance="dayAndTime"
                minDate={new Date()}
                value={dates[name]}
                onChange={(value) =>
                  setDates((current) => ({ ...current, [name]: value ?? undefined }))
                }
              />
            </div>
          ))}
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={isSending} onClick={cancel} size="large">
            {t('general:cancel')}
          </Button>
          <Button
            buttonStyle={action && IS_DESTRUCTIVE.has(action) ? 'error' : 'primary'}
            disabled={isSending}
            id="kx-wf-confirm"
            onClick={() => void confirm()}
            size="large"
          >
            {isSending ? `${t('general:loading')}…` : action ? buttonLabel(action) : ''}
          </Button>
        </div>
      </div>
    </Modal>
  )
}
