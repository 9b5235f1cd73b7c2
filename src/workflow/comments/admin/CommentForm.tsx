'use client'
import { Button, SelectInput, TextareaInput, toast } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import React, { useState } from 'react'

import { useWorkflowText } from '../../admin/useWorkflowText'
import type { PanelPerson } from '../../admin/panel/types'
import type { NewComment } from './commentsApi'
import type { CommentableField } from './panelFields'

type Props = {
  fields: CommentableField[]
  staff: PanelPerson[]
  myId: null | string
  /** Resolves true when the comment was written. */
  onAdd: (comment: NewComment) => Promise<boolean>
}

const valuesOf = (option: unknown): string[] =>
  (Array.isArray(option) ? option : option ? [option] : [])
    .map((item: { value?: unknown }) => item?.value)
    .filter((value): value is string => typeof value === 'string')

/**
 * A new review comment: on the whole document or one field, with an optional quoted passage, the
 * comment itself and the colleagues it mentions (told in their bell).
 */
export const CommentForm = ({ fields, staff, myId, onAdd }: Props) => {
  const { t, i18n } = useWorkflowText()
  const [fieldPath, setFieldPath] = useState('')
  const [passage, setPassage] = useState('')
  const [body, setBody] = useState('')
  const [mentions, setMentions] = useState<string[]>([])
  const [isBodyMissing, setIsBodyMissing] = useState(false)
  const [isSending, setIsSending] = useState(false)

  const add = async () => {
    if (isSending) return
    if (!body.trim()) {
      setIsBodyMissing(true)
      return
    }
    setIsSending(true)
    const isAdded = await onAdd({
      ...(fieldPath ? { fieldPath } : {}),
      ...(passage.trim() ? { passage: passage.trim() } : {}),
      body: body.trim(),
      mentions,
    })
    setIsSending(false)
    if (!isAdded) return
    toast.success(t('reviewComments:added'))
    setFieldPath('')
    setPassage('')
    setBody('')
    setMentions([])
  }

  return (
    <div className="kx-wf-comment-form" id="kx-comment-form">
      <div className="kx-wf-dialog__field">
        <SelectInput
          isClearable
          label={t('reviewComments:field')}
          name="kx-comment-field"
          onChange={(option) => setFieldPath(valuesOf(option)[0] ?? '')}
          options={fields.map((field) => ({
            label: getTranslation(field.label, i18n),
            value: field.name,
          }))}
          path="kx-comment-field"
          placeholder={t('reviewComments:wholeDocument')}
          value={fieldPath}
        />
      </div>
      <div className="kx-wf-dialog__field">
        <TextareaInput
          label={t('reviewComments:passage')}
          onChange={(event) => setPassage(event.target.value)}
          path="kx-comment-passage"
          rows={2}
          value={passage}
        />
      </div>
      <div className="kx-wf-dialog__field">
        <TextareaInput
          Error={
            isBodyMissing ? (
              <p className="kx-wf-dialog__error">{t('reviewComments:bodyMissing')}</p>
            ) : undefined
          }
          label={t('reviewComments:body')}
          onChange={(event) => {
            setBody(event.target.value)
            if (event.target.value.trim()) setIsBodyMissing(false)
          }}
          path="kx-comment-body"
          required
          rows={3}
          showError={isBodyMissing}
          value={body}
        />
      </div>
      <div className="kx-wf-dialog__field">
        <SelectInput
          hasMany
          isClearable
          label={t('reviewComments:mention')}
          name="kx-comment-mentions"
          onChange={(option) => setMentions(valuesOf(option))}
          options={staff
            .filter((person) => person.id !== myId)
            .map((person) => ({ label: `@${person.name}`, value: person.id }))}
          path="kx-comment-mentions"
          placeholder={t('reviewComments:mentionPlaceholder')}
          value={mentions}
        />
      </div>
      <Button
        buttonStyle="secondary"
        disabled={isSending}
        id="kx-comment-add"
        margin={false}
        onClick={() => void add()}
        size="medium"
      >
        {isSending ? `${t('general:loading')}…` : t('reviewComments:add')}
      </Button>
    </div>
  )
}
