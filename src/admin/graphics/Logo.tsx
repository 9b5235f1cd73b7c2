import type { ServerProps } from 'payload'
import React from 'react'

import { Mark } from './Mark'

import './graphics.scss'

const NAME = { zh: '科协内容管理', en: 'Kexie CMS' }

/** The login page's logo: the mark and the system's name in the admin's language. */
export const Logo = ({ i18n }: Partial<ServerProps>) => (
  <div className="kx-logo">
    <Mark size={44} />
    <span className="kx-logo__name">{i18n?.language === 'en' ? NAME.en : NAME.zh}</span>
  </div>
)
