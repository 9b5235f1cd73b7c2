'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { KexieTranslationKeys } from '@/i18n/translations'

import './issued-key.scss'

/**
 * Where the key waits in this browser tab between the create answer and the edit view Payload
 * opens next: read once there and removed at once, so a reload shows nothing.
 */
const stashKey = (id: number | string) => `kexie:issued-api-key:${id}`

/**
 * The new client's key, shown once on its edit view right after it was created, with a copy button
 * and a warning that it will not be shown again. The key is in the create answer alone (the
 * `key` field's afterRead, from the request context); Payload hands that answer to the document
 * before it opens the edit view, and this field carries it over in sessionStorage. Nothing stored
 * on the server can give it back: only its prefix and SHA-256 are kept.
 */
export const IssuedKeyField = () => {
  const { t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const { id, data } = useDocumentInfo()
  const [issuedKey, setIssuedKey] = useState<string>()
  const [copyState, setCopyState] = useState<'copied' | 'failed'>()
  const created = typeof data?.key === 'string' ? data.key : undefined
  const createdId = data?.id as number | string | undefined

  useEffect(() => {
    if (created && createdId !== undefined) sessionStorage.setItem(stashKey(createdId), created)
  }, [created, createdId])

  useEffect(() => {
    if (id === undefined || id === null) return
    const stashed = sessionStorage.getItem(stashKey(id))
    if (!stashed) return
    sessionStorage.removeItem(stashKey(id))
    setIssuedKey(stashed)
  }, [id, created])

  if (!id) {
    return <p className="kx-issued-key__note field-type">{t('apiClientsAdmin:afterSave')}</p>
  }
  if (!issuedKey) return null

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issuedKey)
      setCopyState('copied')
    } catch {
      setCopyState('failed')
    }
  }

  return (
    <div className="kx-issued-key field-type" role="alert">
      <h3 className="kx-issued-key__title">{t('apiClientsAdmin:title')}</h3>
      <p className="kx-issued-key__warning">{t('apiClientsAdmin:warning')}</p>
      <code className="kx-issued-key__value" data-testid="issued-api-key">
        {issuedKey}
      </code>
      <div className="kx-issued-key__actions">
        <Button buttonStyle="secondary" margin={false} onClick={() => void copy()} size="small">
          {copyState === 'copied' ? t('apiClientsAdmin:copied') : t('apiClientsAdmin:copy')}
        </Button>
        {copyState === 'failed' && (
          <span className="kx-issued-key__failed">{t('apiClientsAdmin:copyFailed')}</span>
        )}
      </div>
      <p className="kx-issued-key__usage">{t('apiClientsAdmin:usage')}</p>
    </div>
  )
}
