'use client'
import type { JoinFieldClientComponent } from 'payload'
import { JoinField, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { RosterImportedDetail } from './rosterEvents'
import { ROSTER_IMPORTED_EVENT } from './rosterEvents'

/**
 * The award's 获奖者 list: Payload's own join field, drawn anew after 导入获奖名单 has written
 * this award's recipients. Payload's table reads its rows once, when it is first drawn, and again
 * only when its own controls change; a fresh one reads them from the database.
 */
export const RecipientsJoinField: JoinFieldClientComponent = (props) => {
  const { id } = useDocumentInfo()
  const [imports, setImports] = useState(0)
  useEffect(() => {
    const onImported = (event: Event) => {
      const { award } = (event as CustomEvent<RosterImportedDetail>).detail
      if (award === String(id)) setImports((count) => count + 1)
    }
    window.addEventListener(ROSTER_IMPORTED_EVENT, onImported)
    return () => window.removeEventListener(ROSTER_IMPORTED_EVENT, onImported)
  }, [id])
  return <JoinField {...props} key={imports} />
}
