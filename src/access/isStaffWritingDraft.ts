import type { Access } from 'payload'

/**
 * Staff write documents, but nothing written through the collection API is published: publishing
 * goes through the review workflow (src/workflow), which writes with access control off. Payload's
 * admin UI asks this rule about `_status: 'published'` to decide whether to show its own Publish
 * and Unpublish buttons, so it shows none.
 */
export const isStaffWritingDraft: Access = ({ req: { user }, data }) =>
  Boolean(user) && (data as { _status?: unknown } | undefined)?._status !== 'published'
