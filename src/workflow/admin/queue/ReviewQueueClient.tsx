'use client'
import { Gutter, Link, SetStepNav, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useWorkflowText } from '../useWorkflowText'
import type { Queue, QueueFilter } from './loadQueue'
import { REVIEW_QUEUE_PATH } from './paths'
import { QueueTable } from './QueueTable'

import '../workflow-admin.scss'

type Props = { filter: QueueFilter; queue: Queue }

export const ReviewQueueClient = ({ filter, queue }: Props) => {
  const { t } = useWorkflowText()
  const { config } = useConfig()
  const base = formatAdminURL({ adminRoute: config.routes.admin, path: REVIEW_QUEUE_PATH })
  const filters: { value: QueueFilter; label: string }[] = [
    { value: 'all', label: t('workflowAdmin:filterAll') },
    { value: 'assigned', label: t('workflowAdmin:filterAssigned') },
    { value: 'submitted', label: t('workflowAdmin:filterSubmitted') },
  ]
  return (
    <Gutter className="kx-wf-queue">
      <SetStepNav nav={[{ label: t('workflowAdmin:queueTitle') }]} />
      <header className="kx-wf-queue__header">
        <h1>{t('workflowAdmin:queueTitle')}</h1>
        <p className="kx-wf-panel__muted">{t('workflowAdmin:queueDescription')}</p>
      </header>
      <nav aria-label={t('workflowAdmin:filterLabel')} className="kx-wf-queue__filters">
        {filters.map(({ value, label }) => (
          <Link
            aria-current={value === filter ? 'page' : undefined}
            className={`kx-wf-queue__filter${value === filter ? ' kx-wf-queue__filter--active' : ''}`}
            href={value === 'all' ? base : `${base}?filter=${value}`}
            key={value}
            prefetch={false}
          >
            {label}
          </Link>
        ))}
      </nav>
      {queue.items.length === 0 ? (
        <p className="kx-wf-queue__empty">
          {filter === 'all' ? t('workflowAdmin:queueEmpty') : t('workflowAdmin:queueEmptyFiltered')}
        </p>
      ) : (
        <QueueTable items={queue.items} names={queue.names} />
      )}
      {queue.isTruncated && (
        <p className="kx-wf-panel__muted">{t('workflowAdmin:queueTruncated')}</p>
      )}
    </Gutter>
  )
}
