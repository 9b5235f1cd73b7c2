'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useWorkflowText } from '../useWorkflowText'
import { REVIEW_QUEUE_PATH } from './paths'

/** 审核 › 待审核 in the admin navigation, marked like Payload's own links when it is open. */
export const ReviewQueueNavLink = () => {
  const { t } = useWorkflowText()
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: REVIEW_QUEUE_PATH })
  const isActive = pathname === href
  return (
    <NavGroup label={t('workflowAdmin:navGroup')}>
      <Link className="nav__link" href={href} id="nav-review-queue" prefetch={false}>
        {isActive && <div className="nav__link-indicator" />}
        <span className="nav__link-label">{t('workflowAdmin:queueTitle')}</span>
      </Link>
    </NavGroup>
  )
}
