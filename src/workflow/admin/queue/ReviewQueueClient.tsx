'use client'
import { Gutter, Link, SetStepNav, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useWorkflowText } from '../useWorkflowText'
import type { Queue, QueueTab } from './loadQueue'
import { countTabs, itemsOfTab } from './loadQueue'
import { REVIEW_QUEUE_PATH } from './paths'
import { QueueTable } from './QueueTable'

import '../workflow-admin.scss'

type Props = { queue: Queue; tab: QueueTab }

export const ReviewQueueClient = ({ queue, tab }: Props) => {
  const { t } = useWorkflowText()
  const { config } = useConfig()
  const base = formatAdminURL({ adminRoute: config.routes.admin, path: REVIEW_QUEUE_PATH })
  const counts = countTabs(queue.items)
  const items = itemsOfTab(queue.items, tab)
  const tabs: { value: QueueTab; label: string }[] = [
    { value: 'mine', label: t('workflowAdmin:tabMine') },
    { value: 'others', label: t('workflowAdmin:tabOthers') },
  ]
  return (
    <Gutter className="kx-wf-queue">
      <SetStepNav nav={[{ label: t('workflowAdmin:queueTitle') }]} />
      <header className="kx-wf-queue__header">
        <h1>{t('workflowAdmin:queueTitle')}</h1>
        <p className="kx-wf-panel__muted">{t('workflowAdmin:queueDescription')}</p>
      </header>
      <nav
        aria-label={t('workflowAdmin:tabsLabel')}
        className="kx-wf-queue__filters"
        role="tablist"
      >
        {tabs.map(({ value, label }) => (
          <Link
            aria-selected={value === tab}
            className={`kx-wf-queue__filter kx-wf-queue__tab--${value}${value === tab ? ' kx-wf-queue__filter--active' : ''}`}
            href={value === 'mine' ? base : `${base}?tab=${value}`}
            key={value}
            prefetch={false}
            role="tab"
          >
            {label}
            <span className="kx-wf-queue__count">{counts[value]}</span>
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="kx-wf-queue__empty">
          {tab === 'mine' ? t('workflowAdmin:queueEmptyMine') : t('workflowAdmin:queueEmpty')}
        </p>
      ) : (
        <QueueTable items={items} names={queue.names} />
      )}
      {queue.isTruncated && (
        <p className="kx-wf-panel__muted">{t('workflowAdmin:queueTruncated')}</p>
      )}
    </Gutter>
  )
}
