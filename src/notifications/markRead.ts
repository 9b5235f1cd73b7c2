import type { Endpoint, Where } from 'payload'

import { parseMarkReadBody } from './markReadBody'

const errorResponse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/notifications/mark-read` with `{ ids: [...] }` or `{ all: true }`: marks the current
 * user's unread notifications read (another account's ids are not theirs to mark: they are
 * skipped) and answers `{ marked, unread }`. 400 for any other body, 401 when not logged in.
 */
export const markReadEndpoint: Endpoint = {
  path: '/mark-read',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) return errorResponse(401, '请先登录')
    const body = parseMarkReadBody((await req.text?.()) ?? '')
    if ('problem' in body) return errorResponse(400, body.problem)
    const unread: Where = { readAt: { exists: false } }
    const where: Where = 'ids' in body ? { and: [unread, { id: { in: body.ids } }] } : unread
    // The recipient's own access (`isRecipient`) narrows the update to their notifications.
    const { docs, errors } = await req.payload.update({
      collection: 'notifications',
      where,
      data: { readAt: new Date().toISOString() },
      depth: 0,
      user,
      overrideAccess: false,
      req,
    })
    if (errors.length > 0) {
      req.payload.logger.error({ msg: 'notifications: some could not be marked read', errors })
      return errorResponse(500, '部分通知未能标为已读，请重试')
    }
    const { totalDocs } = await req.payload.count({
      collection: 'notifications',
      where: unread,
      user,
      overrideAccess: false,
      req,
    })
    return Response.json({ marked: docs.length, unread: totalDocs })
  },
}
