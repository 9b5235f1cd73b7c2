'use client'
import { getTranslation } from '@payloadcms/translations'
import { Link, Popup, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { useAdminTimeZone } from '@/admin/AdminDateConventions'
import { formatAdminDate } from '@/admin/dates'
import type { KexieTranslationKeys } from '@/i18n/translations'

import type { NotificationKind } from '../kinds'
import { kindLabels } from '../kinds'

import './notification-bell.scss'

export type BellItem = {
  id: string
  kind: NotificationKind
  /** The stored Chinese sentence. */
  summary: string
  actorName: null | string
  document: { collection: string; id: string; title: string }
  createdAt: string
  isRead: boolean
}

const BellIcon = () => (
  <svg aria-hidden="true" className="kx-bell__icon" viewBox="0 0 24 24" width="20" height="20">
    <path
      d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0"
      fill="none"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      strokeWidth="1.6"
    />
  </svg>
)

const markRead = async (apiRoute: string, body: { all: true } | { ids: string[] }) => {
  const response = await fetch(`${apiRoute}/notifications/mark-read`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return response.ok
}

/**
 * The bell's button (with the unread count) and its list: newest first, unread marked, each
 * linking to its document (opening one marks it read); 全部已读 marks them all.
 */
export const NotificationBellClient = ({
  items,
  unread,
}: {
  items: BellItem[]
  unread: number
}) => {
  const { i18n, t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const { config } = useConfig()
  const router = useRouter()
  const timeZone = useAdminTimeZone()
  const [isBusy, setIsBusy] = useState(false)
  const apiRoute = `${config.serverURL ?? ''}${config.routes.api}`
  const adminRoute = config.routes.admin

  const hrefOf = ({ collection, id }: BellItem['document']) =>
    formatAdminURL({
      adminRoute,
      path: collection === 'globals' ? `/globals/${id}` : `/collections/${collection}/${id}`,
    })

  const textOf = (item: BellItem) =>
    i18n.language === 'zh'
      ? item.summary
      : [item.actorName, `"${item.document.title}"`].filter(Boolean).join(' · ')

  const markAll = async () => {
    setIsBusy(true)
    try {
      if (await markRead(apiRoute, { all: true })) router.refresh()
    } finally {
      setIsBusy(false)
    }
  }

  const label = t('notificationsAdmin:bellLabel', { count: unread })
  return (
    <Popup
      button={
        <span className="kx-bell__button" data-unread={unread}>
          <BellIcon />
          {unread > 0 && <span className="kx-bell__count">{unread > 99 ? '99+' : unread}</span>}
        </span>
      }
      buttonClassName="kx-bell__trigger"
      buttonType="custom"
      className="kx-bell"
      horizontalAlign="right"
      id="kx-notification-bell"
      render={({ close }) => (
        <div className="kx-bell__panel" aria-label={label}>
          <div className="kx-bell__head">
            <strong>{t('notificationsAdmin:title')}</strong>
            <button
              className="kx-bell__mark-all"
              disabled={unread === 0 || isBusy}
              onClick={markAll}
              type="button"
            >
              {t('notificationsAdmin:markAllRead')}
            </button>
          </div>
          {items.length === 0 ? (
            <p className="kx-bell__empty">{t('notificationsAdmin:empty')}</p>
          ) : (
            <ul className="kx-bell__list">
              {items.map((item) => (
                <li
                  className={item.isRead ? 'kx-bell__item' : 'kx-bell__item kx-bell__item--unread'}
                  key={item.id}
                >
                  <Link
                    href={hrefOf(item.document)}
                    onClick={() => {
                      close()
                      // The count in the header follows once the mark is stored.
                      if (!item.isRead) {
                        void markRead(apiRoute, { ids: [item.id] }).then(
                          (isMarked) => isMarked && router.refresh(),
                        )
                      }
                    }}
                    prefetch={false}
                  >
                    <span className="kx-bell__kind">
                      {getTranslation(kindLabels[item.kind], i18n)}
                    </span>
                    <span className="kx-bell__text">{textOf(item)}</span>
                    <span className="kx-bell__time">
                      {formatAdminDate(item.createdAt, { language: i18n.language, timeZone })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      size="large"
      verticalAlign="bottom"
    />
  )
}
