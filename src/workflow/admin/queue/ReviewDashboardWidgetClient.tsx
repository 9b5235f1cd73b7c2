'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { WORKFLOW_GLOBAL_ENTRIES } from '@/content/registry'

import type { WorkflowCollectionSlug, WorkflowStage } from '../../stages'
import { WORKFLOW_COLLECTIONS, WORKFLOW_STAGES } from '../../stages'
import { StageBadge } from '../StageBadge'
import { useWorkflowText } from '../useWorkflowText'
import type { QueueItem } from './loadQueue'
import { REVIEW_QUEUE_PATH } from './paths'
import { QueueTable } from './QueueTable'
import type { GlobalStages, StageCounts } from './stageCounts'

import '../workflow-admin.scss'

type Props = {
  counts: StageCounts
  globalStages: GlobalStages
  oldest: QueueItem[]
  names: Record<string, string>
  waitingTotal: number
}

export const ReviewDashboardWidgetClient = ({
  counts,
  globalStages,
  oldest,
  names,
  waitingTotal,
}: Props) => {
  const { i18n, t, collectionLabel } = useWorkflowText()
  const { config } = useConfig()
  const adminRoute = config.routes.admin
  // The list view reads its filter from the query string, as Payload's own filter UI writes it.
  const listHref = (collection: WorkflowCollectionSlug, stage: WorkflowStage) =>
    `${formatAdminURL({ adminRoute, path: `/collections/${collection}` })}?${new URLSearchParams({
      'where[workflowStage][equals]': stage,
    })}`

  return (
    <section className="kx-wf-widget" aria-labelledby="kx-wf-widget-title">
      <header className="kx-wf-widget__header">
        <h2 id="kx-wf-widget-title">{t('workflowAdmin:widgetTitle')}</h2>
        <Link href={formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH })} prefetch={false}>
          {t('workflowAdmin:widgetOpenQueue', { count: waitingTotal })}
        </Link>
      </header>
      <div className="table kx-wf-widget__counts">
        <table cellPadding={0} cellSpacing={0}>
          <thead>
            <tr>
              <th>{t('workflowAdmin:columnCollection')}</th>
              {WORKFLOW_STAGES.map((stage) => (
                <th key={stage}>
                  <StageBadge stage={stage} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WORKFLOW_COLLECTIONS.map((collection) => (
              <tr key={collection}>
                <td>{collectionLabel(collection)}</td>
                {WORKFLOW_STAGES.map((stage) => {
                  const count = counts[collection][stage]
                  return (
                    <td className="kx-wf-widget__count" key={stage}>
                      {count > 0 ? (
                        <Link href={listHref(collection, stage)} prefetch={false}>
                          {count}
                        </Link>
                      ) : (
                        <span className="kx-wf-panel__muted">0</span>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
            {/* A global is one document: a 1 in its stage's column, linked to its own page. */}
            {WORKFLOW_GLOBAL_ENTRIES.map(({ slug, labels }) => (
              <tr data-global={slug} key={slug}>
                <td>{getTranslation(labels, i18n)}</td>
                {WORKFLOW_STAGES.map((stage) => (
                  <td className="kx-wf-widget__count" key={stage}>
                    {globalStages[slug] === stage ? (
                      <Link
                        href={formatAdminURL({ adminRoute, path: `/globals/${slug}` })}
                        prefetch={false}
                      >
                        1
                      </Link>
                    ) : (
                      <span className="kx-wf-panel__muted">0</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="kx-wf-widget__subtitle">{t('workflowAdmin:widgetOldest')}</h3>
      {oldest.length === 0 ? (
        <p className="kx-wf-panel__muted">{t('workflowAdmin:queueEmpty')}</p>
      ) : (
        <QueueTable isCompact items={oldest} names={names} />
      )}
    </section>
  )
}
