'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { KexieTranslationKeys } from '@/i18n/translations'

import { CALENDAR_PATH } from '../paths'

/** 日历 in the admin navigation, after the review queue, marked like Payload's own links when open. */
export const CalendarNavLink = () => {
  const { t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: CALENDAR_PATH })
  return (
    <Link
      className="nav__link kx-calendar-nav__link"
      href={href}
      id="nav-calendar"
      prefetch={false}
    >
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{t('calendar:title')}</span>
    </Link>
  )
}
