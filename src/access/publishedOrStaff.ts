import type { Access } from 'payload'

/**
 * Staff read everything; anyone else reads published documents only. Returned as a query so REST,
 * GraphQL, counts, joins and relationship population all filter the same way.
 * https://payloadcms.com/docs/access-control/collections#read
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
