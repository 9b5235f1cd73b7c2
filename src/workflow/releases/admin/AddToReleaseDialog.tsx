'use client'
import { Button, Modal, TextInput, toast, useConfig, useModal } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { StageBadge } from '../../admin/StageBadge'
import { useWorkflowText } from '../../admin/useWorkflowText'
import type { ItemRef, OpenRelease } from './releaseApi'
import { addToRelease, createRelease, fetchOpenReleases } from './releaseApi'

import './releases-admin.scss'

const NEW = 'new'

type Props = {
  modalSlug: string
  items: ItemRef[]
  /** Called once the items are in `release`. */
  onAdded: (release: OpenRelease) => void
}

/**
 * 加入发布批次: pick a release that still takes items (not submitted, or sent back) or start a new
 * one. Written through the REST API as the logged-in user, so the releases' own rules answer: a
 * document already in another open release is refused (400) with that release's name, shown here.
 */
export const AddToReleaseDialog = ({ modalSlug, items, onAdded }: Props) => {
  const { t, i18n } = useWorkflowText()
  const { config } = useConfig()
  const { closeModal, isModalOpen } = useModal()
  const isOpen = isModalOpen(modalSlug)
  const [releases, setReleases] = useState<null | OpenRelease[]>(null)
  const [choice, setChoice] = useState<string>(NEW)
  const [title, setTitle] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [isSending, setIsSending] = useState(false)
  const apiRoute = config.routes.api
  const language = i18n.language

  useEffect(() => {
    if (!isOpen) return
    setError(null)
    setReleases(null)
    void fetchOpenReleases(apiRoute, language).then((answer) => {
      if (!answer.ok) {
        setError(answer.message)
        setReleases([])
        return
      }
      setReleases(answer.body)
      setChoice(answer.body[0]?.id ?? NEW)
    })
  }, [isOpen, apiRoute, language])

  const close = () => {
    if (isSending) return
    closeModal(modalSlug)
    setTitle('')
    setError(null)
  }

  const confirm = async () => {
    if (isSending) return
    if (choice === NEW && !title.trim()) {
      setError(t('releasesAdmin:titleMissing'))
      return
    }
    setIsSending(true)
    setError(null)
    const answer =
      choice === NEW
        ? await createRelease(apiRoute, language, title.trim(), items)
        : await addToRelease(apiRoute, language, choice, items)
    setIsSending(false)
    if (!answer.ok) {
      // Shown in the dialog, which stays open: another release can be picked.
      setError(answer.message || t('workflowAdmin:requestFailed'))
      return
    }
    const { release, added } = answer.body
    const message = added > 0 ? 'releasesAdmin:added' : 'releasesAdmin:alreadyThere'
    toast.success(t(message, { title: release.title }))
    closeModal(modalSlug)
    setTitle('')
    onAdded(release)
  }

  return (
    <Modal
      className="confirmation-modal kx-wf-dialog kx-release-dialog"
      closeOnBlur={false}
      slug={modalSlug}
    >
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h1>{t('releasesAdmin:addToRelease')}</h1>
          <p>{t('releasesAdmin:dialogIntro', { count: items.length })}</p>
          {releases === null ? (
            <p>{t('general:loading')}…</p>
          ) : (
            <fieldset className="kx-release-dialog__choices">
              <legend>{t('releasesAdmin:pickRelease')}</legend>
              {releases.length === 0 && <p>{t('releasesAdmin:noOpenReleases')}</p>}
              {releases.map((release) => (
                <label className="kx-release-dialog__choice" key={release.id}>
                  <input
                    checked={choice === release.id}
                    name="kx-release-choice"
                    onChange={() => setChoice(release.id)}
                    type="radio"
                    value={release.id}
                  />
                  <span>{release.title || release.id}</span>
                  <StageBadge stage={release.workflowStage} />
                  <span className="kx-release-dialog__count">
                    {t('releasesAdmin:itemCount', { count: release.items.length })}
                  </span>
                </label>
              ))}
              <label className="kx-release-dialog__choice">
                <input
                  checked={choice === NEW}
                  id="kx-release-new"
                  name="kx-release-choice"
                  onChange={() => setChoice(NEW)}
                  type="radio"
                  value={NEW}
                />
                <span>{t('releasesAdmin:newRelease')}</span>
              </label>
              {choice === NEW && (
                <TextInput
                  label={t('releasesAdmin:newReleaseTitle')}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                    setTitle(event.target.value)
                  }
                  path="kx-release-title"
                  required
                  value={title}
                />
              )}
            </fieldset>
          )}
          {error && (
            <p className="kx-wf-dialog__error kx-release-dialog__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={isSending} onClick={close} size="large">
            {t('general:cancel')}
          </Button>
          <Button
            disabled={isSending || releases === null}
            id="kx-release-confirm"
            onClick={() => void confirm()}
            size="large"
          >
            {isSending ? `${t('general:loading')}…` : t('releasesAdmin:addToRelease')}
          </Button>
        </div>
      </div>
    </Modal>
  )
}
