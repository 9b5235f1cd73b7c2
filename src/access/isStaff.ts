import type { Access } from 'payload'

/** Any logged-in staff account (editor, reviewer or admin). */
export const isStaff: Access = ({ req: { user } }) => Boolean(user)
