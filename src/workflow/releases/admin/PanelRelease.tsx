'use client'
import { Button, Link, useConfig, useModal, useRouteTransition } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useWorkflowText } from '../../admin/useWorkflowText'
import type { WorkflowCollectionSlug, WorkflowStage } from '../../stages'
import { AddToReleaseDialog } from './AddToReleaseDialog'

export type PanelReleaseRef = { id: string; title: string }

type Props = {
  collection: WorkflowCollectionSlug
  id: string
  stage: WorkflowStage
  /** The open release that holds the document, if any. */
  release: null | PanelReleaseRef
}

/**
 * The document's release in the workflow panel: 「在发布批次：<title>」 linked to it, or, when it is
 * in none and can still be published, 加入发布批次.
 */
export const PanelRelease = ({ collection, id, stage, release }: Props) => {
  const { t } = useWorkflowText()
  const { config } = useConfig()
  const { openModal } = useModal()
  const router = useRouter()
  const { startRouteTransition } = useRouteTransition()
  const modalSlug = `kx-add-to-release-${collection}-${id}`

  if (release) {
    return (
      <p className="kx-wf-panel__release" id="kx-wf-release">
        {t('releasesAdmin:inRelease')}
        <Link
          href={formatAdminURL({
            adminRoute: config.routes.admin,
            path: `/collections/releases/${release.id}`,
          })}
          prefetch={false}
        >
          {release.title || release.id}
        </Link>
      </p>
    )
  }
  if (stage === 'archived') return null
  return (
    <div className="kx-wf-panel__release">
      <Button
        buttonStyle="secondary"
        id="kx-wf-add-to-release"
        margin={false}
        onClick={() => openModal(modalSlug)}
        size="small"
      >
        {t('releasesAdmin:addToRelease')}
      </Button>
      <AddToReleaseDialog
        items={[{ relationTo: collection, value: id }]}
        modalSlug={modalSlug}
        // The panel is rendered on the server: a refresh brings the release's name and link.
        onAdded={() => startRouteTransition(() => router.refresh())}
      />
    </div>
  )
}
