/**
 * Said in the browser when 导入获奖名单 has written an award's recipients, so that the award's
 * page shows them without a reload (./RecipientsJoinField.tsx).
 */
export const ROSTER_IMPORTED_EVENT = 'kexie:roster-imported'

export type RosterImportedDetail = { award: string }

export const announceRosterImported = (award: string) =>
  window.dispatchEvent(
    new CustomEvent<RosterImportedDetail>(ROSTER_IMPORTED_EVENT, { detail: { award } }),
  )
