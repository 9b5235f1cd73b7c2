'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useWorkflowText } from '../useWorkflowText'
import type { QueueCounts } from './loadQueue'
import { REVIEW_QUEUE_PATH } from './paths'

import '../workflow-admin.scss'

/**
 * 审核 › 待审核 in the admin navigation, marked like Payload's own links when it is open, with how
 * many documents wait in each tab (等我处理 / 等待他人).
 */
export const ReviewQueueNavLinkClient = ({ counts }: { counts: QueueCounts }) => {
  const { t } = useWorkflowText()
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: REVIEW_QUEUE_PATH })
  const isActive = pathname === href
  return (
    <NavGroup label={t('workflowAdmin:navGroup')}>
      <Link className="nav__link" href={href} id="nav-review-queue" prefetch={false}>
        {isActive && <div className="nav__link-indicator" />}
        <span className="nav__link-label">
          {t('workflowAdmin:queueTitle')}
          <span
            className="kx-wf-nav-counts"
            data-mine={counts.mine}
            data-others={counts.others}
            title={t('workflowAdmin:navCounts', counts)}
          >
            {counts.mine} / {counts.others}
          </span>
        </span>
      </Link>
    </NavGroup>
  )
}
