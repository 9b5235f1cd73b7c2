'use client'
import { Link, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import { StageBadge } from '../../admin/StageBadge'
import { useWorkflowText } from '../../admin/useWorkflowText'
import type { ReleaseItemStatus } from '../status'
import { fetchReleaseItems } from './releaseApi'

import './releases-admin.scss'

/**
 * The release's documents as a table (a `ui` field of the release's edit view): type, title linked
 * to the document, stage, and whether it was saved since the release was submitted, as
 * `GET /api/workflow/releases/{id}` reports them. Asked again after every save or transition.
 */
export const ReleaseItemsTable = () => {
  const { t, collectionLabel, i18n } = useWorkflowText()
  const { config } = useConfig()
  const { id, data } = useDocumentInfo()
  const [items, setItems] = useState<null | ReleaseItemStatus[]>(null)
  const [error, setError] = useState<null | string>(null)
  const updatedAt = data?.updatedAt as string | undefined
  const stage = data?.workflowStage as string | undefined
  const apiRoute = config.routes.api

  useEffect(() => {
    if (id === undefined || id === null) return
    let isCurrent = true
    void fetchReleaseItems(apiRoute, i18n.language, String(id)).then((answer) => {
      if (!isCurrent) return
      if (answer.ok) {
        setItems(answer.body)
        setError(null)
      } else setError(answer.message)
    })
    return () => {
      isCurrent = false
    }
  }, [id, updatedAt, stage, apiRoute, i18n.language])

  const body = () => {
    if (id === undefined || id === null) return <p>{t('releasesAdmin:itemsAfterSave')}</p>
    if (error) return <p className="kx-wf-dialog__error">{error}</p>
    if (!items) return <p>{t('releasesAdmin:itemsLoading')}</p>
    if (items.length === 0) return <p>{t('releasesAdmin:itemsEmpty')}</p>
    return (
      <div className="table">
        <table cellPadding={0} cellSpacing={0}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('releasesAdmin:columnCollection')}</th>
              <th className="kx-release-items__title">{t('releasesAdmin:columnTitle')}</th>
              <th>{t('releasesAdmin:columnStage')}</th>
              <th>{t('releasesAdmin:columnChanged')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr
                className="kx-release-items__row"
                data-collection={item.collection}
                data-id={item.id}
                key={`${item.collection}:${item.id}`}
              >
                <td>{index + 1}</td>
                <td>{collectionLabel(item.collection as Parameters<typeof collectionLabel>[0])}</td>
                <td className="kx-release-items__title">
                  {item.workflowStage === null ? (
                    `${item.title} ${t('releasesAdmin:itemMissing')}`
                  ) : (
                    <Link
                      href={formatAdminURL({
                        adminRoute: config.routes.admin,
                        path: `/collections/${item.collection}/${item.id}`,
                      })}
                      prefetch={false}
                    >
                      {item.title}
                    </Link>
                  )}
                </td>
                <td>{item.workflowStage && <StageBadge stage={item.workflowStage} />}</td>
                <td
                  className={
                    item.changedSinceSubmit ? 'kx-release-items__changed' : 'kx-release-items__same'
                  }
                >
                  {item.changedSinceSubmit === null
                    ? t('releasesAdmin:changedNever')
                    : item.changedSinceSubmit
                      ? t('releasesAdmin:changedYes')
                      : t('releasesAdmin:changedNo')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  }

  return (
    <div className="kx-release-items field-type" id="kx-release-items">
      <div className="kx-release-items__label">{t('releasesAdmin:itemsTitle')}</div>
      {body()}
    </div>
  )
}
