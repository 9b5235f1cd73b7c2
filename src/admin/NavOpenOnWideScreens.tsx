'use client'
import { useAuth, useNav, usePreferences, useWindowInfo } from '@payloadcms/ui'
import { PREFERENCE_KEYS } from 'payload/shared'
import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'

/**
 * Payload closes the navigation on every screen up to 1440 px wide (its `l` breakpoint), so a
 * 1440×900 laptop opens the admin with the navigation hidden behind the hamburger. From its `m`
 * breakpoint (1024 px) up the open navigation sits beside the content rather than over it, so
 * there it is opened once Payload has settled its own state, unless the user closed it for good
 * (the `nav` preference Payload keeps on wider screens). Toggling it afterwards works as before.
 */
export const NavOpenOnWideScreens = ({ children }: { children?: ReactNode }) => {
  const { hydrated, setNavOpen } = useNav()
  const {
    breakpoints: { l: isLarge, m: isMedium },
  } = useWindowInfo()
  const { getPreference } = usePreferences()
  const { user } = useAuth()
  const isLoggedIn = Boolean(user)
  const hasOpened = useRef(false)

  useEffect(() => {
    // Payload's own provider closes the nav when it hydrates; this runs after it. Logged out (the
    // login page) there is no navigation and no preference to read.
    if (!isLoggedIn || !hydrated || hasOpened.current || !isLarge || isMedium !== false) return
    hasOpened.current = true
    let isCurrent = true
    void getPreference<{ open?: boolean }>(PREFERENCE_KEYS.NAV).then((preference) => {
      if (isCurrent && preference?.open !== false) setNavOpen(true)
    })
    return () => {
      isCurrent = false
    }
  }, [isLoggedIn, hydrated, isLarge, isMedium, getPreference, setNavOpen])

  return children
}
