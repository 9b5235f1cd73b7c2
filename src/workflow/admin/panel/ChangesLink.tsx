'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { WorkflowTargetSlug } from '../../stages'
import { GLOBALS } from '../../stages'
import { useWorkflowText } from '../useWorkflowText'
import type { PanelComparison } from './types'

/**
 * 查看改动: Payload's own version comparison of the draft under review with the live version (or
 * the last approved text), field by field and only what changed, rich text marked word by word.
 */
export const ChangesLink = ({
  collection,
  comparison,
  id,
}: {
  collection: WorkflowTargetSlug
  comparison: PanelComparison
  id: string
}) => {
  const { t } = useWorkflowText()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const documentPath = collection === GLOBALS ? `globals/${id}` : `collections/${collection}/${id}`
  const href = `${formatAdminURL({
    adminRoute,
    path: `/${documentPath}/versions/${comparison.versionId}`,
  })}?${new URLSearchParams({ versionFrom: comparison.baseVersionId })}`
  return (
    <p className="kx-wf-changes">
      <Link href={href} id="kx-wf-changes" prefetch={false}>
        {t('workflowAdmin:viewChanges')}
      </Link>
      <span className="kx-wf-panel__muted">
        {t(
          comparison.base === 'live'
            ? 'workflowAdmin:changesSinceLive'
            : 'workflowAdmin:changesSinceApproved',
        )}
      </span>
    </p>
  )
}
