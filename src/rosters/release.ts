import type { PayloadRequest } from 'payload'

export type RosterRelease = {
  /** e.g. 青岛市青年科技奖 2026 获奖名单 */
  title: string
  recipientIds: string[]
}

/**
 * Gathers an import's recipients into one release (发布批次) to be reviewed and published
 * together. The last step of an import, inside its transaction. Releases are not part of this
 * CMS yet: until they are, there is nothing to create and the import answers `release: null`.
 */
export const createRosterRelease = async (
  _req: PayloadRequest,
  _release: RosterRelease,
): Promise<{ id: string } | null> => null
