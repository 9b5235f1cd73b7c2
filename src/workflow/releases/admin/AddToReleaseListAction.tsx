'use client'
import { Button, Link, useConfig, useListQuery, useModal, useSelection } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import type { WorkflowCollectionSlug } from '../../stages'
import { useWorkflowText } from '../../admin/useWorkflowText'
import { AddToReleaseDialog } from './AddToReleaseDialog'
import type { OpenRelease } from './releaseApi'

/**
 * Above the table of a workflow collection's list view: once rows are selected, 加入发布批次 puts
 * them into a release (the selected rows of this page, in the list's order).
 */
export const AddToReleaseListAction = () => {
  const { t } = useWorkflowText()
  const { config } = useConfig()
  const { collectionSlug } = useListQuery()
  const { count, getSelectedIds } = useSelection()
  const { openModal } = useModal()
  const [added, setAdded] = useState<null | OpenRelease>(null)
  const modalSlug = `kx-add-to-release-${collectionSlug}`
  const collection = collectionSlug as WorkflowCollectionSlug
  const items = getSelectedIds().map((id) => ({ relationTo: collection, value: String(id) }))

  if (count === 0 && !added) return null
  return (
    <div className="kx-release-bar" id="kx-release-bar">
      {count > 0 && (
        <>
          <span className="kx-release-bar__count">
            {t('releasesAdmin:selectedCount', { count })}
          </span>
          <Button
            buttonStyle="secondary"
            id="kx-add-to-release"
            margin={false}
            onClick={() => openModal(modalSlug)}
            size="small"
          >
            {t('releasesAdmin:addToRelease')}
          </Button>
        </>
      )}
      {added && (
        <span className="kx-release-bar__done">
          {t('releasesAdmin:added', { title: added.title })}{' '}
          <Link
            href={formatAdminURL({
              adminRoute: config.routes.admin,
              path: `/collections/releases/${added.id}`,
            })}
            id="kx-release-open"
            prefetch={false}
          >
            {t('releasesAdmin:openRelease')}
          </Link>
        </span>
      )}
      <AddToReleaseDialog items={items} modalSlug={modalSlug} onAdded={setAdded} />
    </div>
  )
}
