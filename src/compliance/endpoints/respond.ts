import type { PayloadRequest } from 'payload'

import { errorResponse as answerError } from '@/http/errorAnswer'

/** Payload's error shape, so clients read every refusal the same way. */
export const errorResponse = (status: number, message: string, details?: Record<string, unknown>) =>
  answerError(status, message, { details })

export const notLoggedIn = () => errorResponse(401, '请先登录 / You must be logged in')

export const adminsOnly = () =>
  errorResponse(403, '仅管理员可导入词库 / Only admins may import rules')

export const isEnglish = (req: PayloadRequest) => req.i18n?.language === 'en'
