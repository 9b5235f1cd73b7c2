'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useFormatTime, useTimeAgo, useWaitingTime } from '../formatTime'
import { StageBadge } from '../StageBadge'
import { useWorkflowText } from '../useWorkflowText'
import type { QueueItem } from './loadQueue'

/** A document's edit view, or a global's own admin page (a global is addressed by its slug). */
const adminPathOf = (item: QueueItem): `/${string}` =>
  item.collection === 'globals'
    ? `/globals/${item.id}`
    : `/collections/${item.collection}/${item.id}`

type Props = {
  items: QueueItem[]
  names: Record<string, string>
  /** The dashboard's short version leaves out the people. */
  isCompact?: boolean
}

/** What a queued document waits for: a review level, or publication (perhaps at a set time). */
const useWaitingFor = () => {
  const { t } = useWorkflowText()
  const formatTime = useFormatTime()
  return (item: QueueItem) => {
    if (item.waitingLevel !== null) {
      return t('workflowAdmin:waitingLevel', {
        level: item.waitingLevel,
        total: item.requiredApprovals,
      })
    }
    return item.publishAt
      ? t('workflowAdmin:waitingScheduled', { time: formatTime(item.publishAt) })
      : t('workflowAdmin:waitingPublish')
  }
}

export const QueueTable = ({ items, names, isCompact = false }: Props) => {
  const { t, collectionLabel } = useWorkflowText()
  const { config } = useConfig()
  const formatTime = useFormatTime()
  const timeAgo = useTimeAgo()
  const waitingTime = useWaitingTime()
  const waitingFor = useWaitingFor()
  const nameOf = (id: null | string) => (id ? (names[id] ?? t('workflowAdmin:unknownUser')) : '—')

  return (
    <div className="table kx-wf-queue-table">
      <table cellPadding={0} cellSpacing={0}>
        <thead>
          <tr>
            <th>{t('workflowAdmin:columnDocument')}</th>
            <th>{t('workflowAdmin:columnCollection')}</th>
            <th>{t('workflowAdmin:columnStage')}</th>
            <th>{t('workflowAdmin:columnWaitingFor')}</th>
            {!isCompact && <th>{t('workflowAdmin:columnAssignee')}</th>}
            {!isCompact && <th>{t('workflowAdmin:columnAuthor')}</th>}
            {/* The full table says how long since submission (the time itself on hover). */}
            <th>
              {isCompact
                ? t('workflowAdmin:columnSubmitted')
                : t('workflowAdmin:columnWaitingTime')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr className="kx-wf-queue-table__row" key={`${item.collection}:${item.id}`}>
              <td>
                <Link
                  href={formatAdminURL({
                    adminRoute: config.routes.admin,
                    path: adminPathOf(item),
                  })}
                  prefetch={false}
                >
                  {item.title || t('workflowAdmin:untitled')}
                </Link>
              </td>
              <td>
                {collectionLabel(item.collection)}
                {item.itemCount !== null && (
                  <span className="kx-wf-queue-table__count">
                    {' · '}
                    {t('releasesAdmin:itemCount', { count: item.itemCount })}
                  </span>
                )}
              </td>
              <td>
                <StageBadge stage={item.stage} />
              </td>
              <td suppressHydrationWarning>{waitingFor(item)}</td>
              {!isCompact && (
                <td>{item.assignee ? nameOf(item.assignee) : t('workflowAdmin:assigneeAnyone')}</td>
              )}
              {!isCompact && <td>{nameOf(item.author)}</td>}
              <td
                className="kx-wf-queue-table__waiting"
                suppressHydrationWarning
                title={formatTime(item.submittedAt)}
              >
                {!item.submittedAt
                  ? '—'
                  : isCompact
                    ? timeAgo(item.submittedAt)
                    : waitingTime(item.submittedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
